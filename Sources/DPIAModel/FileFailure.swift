import Foundation

/// What went wrong with a file or folder, in words for a person: what happened and what to do.
///
/// Every message about a file that `dpia` prints goes through here, so that nobody sees
/// "NSCocoaErrorDomain error 512" or a bare `strerror`. The caller names the file; this says the rest.
public enum FileFailure {
    /// The reason for the system error number `code` (`errno`), with what to do about it.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case EFBIG:
            "the file would be larger than this disk or your account allows; free some space or ask for a higher limit"
        case ENOSPC, EDQUOT:
            "the disk is full; free some space and run the command again"
        case EACCES, EPERM:
            "you have no permission for it; ask for access, or choose another folder"
        case EROFS:
            "the disk is read-only; choose another folder"
        case ENOENT:
            "it does not exist (or a folder on its path does not); check the path"
        case ENOTDIR:
            "a part of the path is a file, not a folder; check the path"
        case EISDIR:
            "it is a folder, not a file"
        case ELOOP:
            "it is a symbolic link, which dpia does not follow here; put the file or folder itself in its place"
        case EEXIST, ENOTEMPTY:
            "something with that name is in the way; move or rename it"
        case ENAMETOOLONG:
            "the path is too long; choose a folder with a shorter path"
        case EMFILE, ENFILE:
            "too many files are open at once; close other programs and run the command again"
        case EIO:
            "the disk reported a read or write error; check the disk"
        case EXDEV:
            "it lies on another disk than its folder; choose a folder on one disk"
        default:
            String(cString: strerror(code)).lowercased() + " (system error \(code))"
        }
    }

    /// The reason for an error thrown by Foundation or the system, as ``reason(errno:)`` words it.
    public static func reason(_ error: any Error) -> String {
        if let code = errno(of: error) { return reason(errno: code) }
        return "the system gave no reason; check that the folder exists, that you may write there and that the disk has room"
    }

    /// The system error number behind `error`: a POSIX error, or a Foundation file error (directly or
    /// through the error it wraps).
    static func errno(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileWriteFileExists: return EEXIST
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: return ENAMETOOLONG
        default: return nil
        }
    }
}
