import Foundation
import Testing

@testable import DPIARegister

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
        (
            "The quick brown fox jumps over the lazy dog",
            "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        ),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: message) == digest)
    }

    @Test func oneMillionTimesA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func multibyteUTF8() {
        // "é" is two bytes in UTF-8 (c3 a9).
        #expect(SHA256.hexDigest(of: "é") == SHA256.hexDigest(of: [0xc3, 0xa9]))
    }

    /// Every length around the padding boundaries (55, 56, 63, 64, 119, 120 bytes), fed in pieces of every size.
    @Test func incrementalUpdatesMatchOneShot() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200] {
            let message = Array(bytes.prefix(length))
            let expected = SHA256.hexDigest(of: message)
            for piece in [1, 3, 63, 64, 65] {
                var hasher = SHA256()
                var offset = 0
                while offset < message.count {
                    hasher.update(message[offset..<min(offset + piece, message.count)])
                    offset += piece
                }
                let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
                #expect(digest == expected, "length \(length), pieces of \(piece)")
            }
        }
    }

    /// Lengths 0...130 against the system's sha256sum, when it is installed.
    @Test func matchesSystemSha256sum() throws {
        let tool = "/usr/bin/sha256sum"
        guard FileManager.default.isExecutableFile(atPath: tool) else { return }
        for length in stride(from: 0, through: 130, by: 1) {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ length) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(message))
            try input.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text.prefix(64) == SHA256.hexDigest(of: message)[...], "length \(length)")
        }
    }
}
