import DPIACommands
import Foundation

exit(DPIA.run(arguments: Array(CommandLine.arguments.dropFirst())))
