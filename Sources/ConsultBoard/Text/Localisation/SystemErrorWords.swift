import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The reason a system call failed, from its `errno`, in the reader's words.
///
/// In English it is the C library's own text (`strerror`), as it always was; in Chinese the causes a ward meets
/// (a full disk, a folder not there, a device error) have their words, and any other code is named with its
/// number beside the C library's text, so nothing is hidden.
public enum SystemErrorWords {
    public static func reason(_ code: Int32) -> ShownText {
        let english = String(cString: strerror(code))
        let text: ShownText
        switch code {
        case ENOENT: text = .tr("system.error.noSuchFile")
        case EACCES, EPERM: text = .tr("system.error.permission")
        case EROFS: text = .tr("system.error.readOnly")
        case ENOSPC: text = .tr("system.error.diskFull")
        case EDQUOT: text = .tr("system.error.quota")
        case EIO: text = .tr("system.error.io")
        case EEXIST: text = .tr("system.error.exists")
        case ENOTDIR: text = .tr("system.error.notFolder")
        case EISDIR: text = .tr("system.error.isFolder")
        case ENAMETOOLONG: text = .tr("system.error.nameTooLong")
        case EMFILE, ENFILE: text = .tr("system.error.tooManyFiles")
        case EFBIG: text = .tr("system.error.tooBig")
        case EBUSY: text = .tr("system.error.busy")
        case ENOLCK: text = .tr("system.error.noLocks")
        case EINTR: text = .tr("system.error.interrupted")
        case EAGAIN: text = .tr("system.error.tryAgain")
        case ELOOP: text = .tr("system.error.loop")
        case ENOMEM: text = .tr("system.error.memory")
        default: text = .tr("system.error.other", ["code": "\(code)", "detail": .plain(english)])
        }
        return .englishOr(english, text)
    }
}
