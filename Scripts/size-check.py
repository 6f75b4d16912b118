#!/usr/bin/env python3
"""Keeps the code readable in pieces: no Swift file in Sources/ over 400 lines, and no function (func,
init, closure-free computed body) in Sources/DPIACommands over 60 lines, so the commands stay thin.

Usage: Scripts/size-check.py [--allow FILE ...]   (exit 1 and one line per breach: path:line: what)
Files given with --allow are reported but do not fail the check (work in progress elsewhere).
"""
import os
import re
import sys

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
FUNCTION_ROOT = "Sources/DPIACommands"
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|"
                         r"override|mutating|nonisolated|final|class)\s+)*(?:func\s+\w+|init[?!]?)\s*[(<]")


def functions(lines):
    """(first line number, length, name) of each function: from its declaration to its closing brace."""
    found = []
    for index, line in enumerate(lines):
        if not DECLARATION.match(line):
            continue
        depth, opened = 0, False
        for end in range(index, len(lines)):
            code = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[end].split("//")[0])
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                found.append((index + 1, end - index + 1, line.strip()[:60]))
                break
    return found


def main(arguments):
    allowed = set(arguments[arguments.index("--allow") + 1:]) if "--allow" in arguments else set()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    os.chdir(root)
    breaches = 0
    for folder, _, names in os.walk("Sources"):
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            lines = open(path, encoding="utf-8").read().split("\n")
            count = len(lines) - (1 if lines and lines[-1] == "" else 0)
            problems = []
            if count > MAX_FILE_LINES:
                problems.append(f"{path}:1: {count} lines, more than {MAX_FILE_LINES}: split it by the types or concerns it holds")
            if path.startswith(FUNCTION_ROOT):
                for first, length, declaration in functions(lines):
                    if length > MAX_FUNCTION_LINES:
                        problems.append(f"{path}:{first}: '{declaration}' is {length} lines, more than "
                                        f"{MAX_FUNCTION_LINES}: name its phases as functions")
            for problem in problems:
                print(problem + (" (allowed for now)" if path in allowed else ""))
                breaches += 0 if path in allowed else 1
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
