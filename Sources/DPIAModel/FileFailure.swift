import Foundation

/// What went wrong with a file or folder, in words for a person: what happened and what to do.
///
/// Every message about a file that `dpia` prints goes through here, so that nobody sees
/// "NSCocoaErrorDomain error 512" or a bare `strerror`. The caller names the file; this says the rest.
public enum FileFailure {
    /// The reason for the system error number `code` (`errno`), with what to do about it, in Dutch and English.
    public static func reason(errno code: Int32) -> LocalizedText {
        switch code {
        case EFBIG:
            LocalizedText(
                nl: "het bestand zou groter worden dan deze schijf of uw account toestaat; maak ruimte vrij of vraag om een hogere limiet",
                en: "the file would be larger than this disk or your account allows; free some space or ask for a higher limit")
        case ENOSPC, EDQUOT:
            LocalizedText(
                nl: "de schijf is vol; maak ruimte vrij en voer de opdracht opnieuw uit",
                en: "the disk is full; free some space and run the command again")
        case EACCES, EPERM:
            LocalizedText(
                nl: "u hebt er geen toestemming voor; vraag toegang, of kies een andere map",
                en: "you have no permission for it; ask for access, or choose another folder")
        case EROFS:
            LocalizedText(nl: "de schijf is alleen-lezen; kies een andere map", en: "the disk is read-only; choose another folder")
        case ENOENT:
            LocalizedText(
                nl: "het bestaat niet (of een map op het pad bestaat niet); controleer het pad",
                en: "it does not exist (or a folder on its path does not); check the path")
        case ENOTDIR:
            LocalizedText(
                nl: "een deel van het pad is een bestand, geen map; controleer het pad",
                en: "a part of the path is a file, not a folder; check the path")
        case EISDIR:
            LocalizedText(nl: "het is een map, geen bestand", en: "it is a folder, not a file")
        case ELOOP:
            LocalizedText(
                nl: "het is een symbolische koppeling, die dpia hier niet volgt; zet het bestand of de map zelf op die plek",
                en: "it is a symbolic link, which dpia does not follow here; put the file or folder itself in its place")
        case EEXIST, ENOTEMPTY:
            LocalizedText(
                nl: "er staat iets met die naam in de weg; verplaats het of geef het een andere naam",
                en: "something with that name is in the way; move or rename it")
        case ENAMETOOLONG:
            LocalizedText(
                nl: "het pad is te lang; kies een map met een korter pad",
                en: "the path is too long; choose a folder with a shorter path")
        case EMFILE, ENFILE:
            LocalizedText(
                nl: "er zijn te veel bestanden tegelijk open; sluit andere programma's en voer de opdracht opnieuw uit",
                en: "too many files are open at once; close other programs and run the command again")
        case EIO:
            LocalizedText(
                nl: "de schijf meldde een lees- of schrijffout; controleer de schijf",
                en: "the disk reported a read or write error; check the disk")
        case EXDEV:
            LocalizedText(
                nl: "het staat op een andere schijf dan zijn map; kies een map op één schijf",
                en: "it lies on another disk than its folder; choose a folder on one disk")
        default:
            // The system's own words are English only.
            LocalizedText(
                nl: String(cString: strerror(code)).lowercased() + " (systeemfout \(code))",
                en: String(cString: strerror(code)).lowercased() + " (system error \(code))")
        }
    }

    /// The reason for an error thrown by Foundation or the system, as ``reason(errno:)`` words it.
    public static func reason(_ error: any Error) -> LocalizedText {
        if let code = errno(of: error) { return reason(errno: code) }
        return LocalizedText(
            nl: "het systeem gaf geen reden; controleer dat de map bestaat, dat u er mag schrijven en dat de schijf ruimte heeft",
            en: "the system gave no reason; check that the folder exists, that you may write there and that the disk has room")
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
