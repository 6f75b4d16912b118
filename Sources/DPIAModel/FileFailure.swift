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

    /// ``reason(errno:)`` in Dutch, for the errors whose words dpia knows.
    static let dutch: [Int32: String] = [
        EFBIG: "het bestand zou groter worden dan deze schijf of uw account toestaat; maak ruimte vrij of vraag om een hogere limiet",
        ENOSPC: "de schijf is vol; maak ruimte vrij en voer de opdracht opnieuw uit",
        EDQUOT: "de schijf is vol; maak ruimte vrij en voer de opdracht opnieuw uit",
        EACCES: "u hebt er geen toestemming voor; vraag toegang, of kies een andere map",
        EPERM: "u hebt er geen toestemming voor; vraag toegang, of kies een andere map",
        EROFS: "de schijf is alleen-lezen; kies een andere map",
        ENOENT: "het bestaat niet (of een map op het pad bestaat niet); controleer het pad",
        ENOTDIR: "een deel van het pad is een bestand, geen map; controleer het pad",
        EISDIR: "het is een map, geen bestand",
        ELOOP: "het is een symbolische koppeling, die dpia hier niet volgt; zet het bestand of de map zelf op die plek",
        EEXIST: "er staat iets met die naam in de weg; verplaats het of geef het een andere naam",
        ENOTEMPTY: "er staat iets met die naam in de weg; verplaats het of geef het een andere naam",
        ENAMETOOLONG: "het pad is te lang; kies een map met een korter pad",
        EMFILE: "er zijn te veel bestanden tegelijk open; sluit andere programma's en voer de opdracht opnieuw uit",
        ENFILE: "er zijn te veel bestanden tegelijk open; sluit andere programma's en voer de opdracht opnieuw uit",
        EIO: "de schijf meldde een lees- of schrijffout; controleer de schijf",
        EXDEV: "het staat op een andere schijf dan zijn map; kies een map op één schijf",
    ]

    /// `reason`, a text of ``reason(errno:)`` or ``reason(_:)``, in `language`; unchanged when dpia has
    /// no other words for it.
    public static func reason(_ reason: String, in language: ReportLanguage) -> String {
        guard language == .nl else { return reason }
        if reason == Self.reason(NSError(domain: "dpia", code: 0)) {
            return "het systeem gaf geen reden; controleer dat de map bestaat, dat u er mag schrijven en dat de schijf ruimte heeft"
        }
        return dutch.first { Self.reason(errno: $0.key) == reason }?.value ?? reason
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
