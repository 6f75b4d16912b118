import Crypto
import Foundation

/// SHA-256 (FIPS 180-4) from swift-crypto (BoringSSL's assembly on Linux, CryptoKit on Apple platforms),
/// with what the project asks of it: lowercase hexadecimal digests and an incremental hasher over bytes.
///
/// Used for content hashes of activity versions and, in `dpia report`, of every spec file on every run.
/// swift-crypto replaced an own implementation that was 6–7 times slower (docs/benchmarks.md).
/// Not for secrets: constant time does not matter here.
public struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// The digest of `bytes` in lowercase hexadecimal (64 characters).
    public static func hexDigest(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize().map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// The digest of the UTF-8 bytes of `text` in lowercase hexadecimal.
    public static func hexDigest(of text: String) -> String { hexDigest(of: Array(text.utf8)) }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
        }
        if done == nil { hasher.update(data: Array(bytes)) }
    }

    /// The 32 bytes of the digest of everything added.
    public mutating func finalize() -> [UInt8] { Array(hasher.finalize()) }
}
