import Foundation

/// Writes a file of patient data for the user alone: mode 0600, whole or not at all (a temporary file beside it,
/// flushed, renamed over the target, the folder flushed), so a reader never sees half a file and a failure leaves
/// any earlier file as it was.
public enum PrivateFile {
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        try FileIO.writeAtomically(data, to: path, mode: 0o600)
    }
}
