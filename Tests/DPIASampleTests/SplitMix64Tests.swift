import Testing

@testable import DPIASample

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The first outputs of the reference implementation (Vigna, splitmix64.c) from state 0.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func drawsStayInRange() {
        var random = SplitMix64(seed: 42)
        for bound in [1, 2, 3, 7, 100, 1_000_003] {
            for _ in 0..<200 { #expect((0..<bound).contains(random.below(bound))) }
        }
        for _ in 0..<200 { #expect((26...34).contains(random.int(in: 26...34))) }
    }

    @Test func sampleTakesDistinctElements() {
        var random = SplitMix64(seed: 7)
        let picked = random.sample(Array(0..<50), count: 30)
        #expect(picked.count == 30)
        #expect(Set(picked).count == 30)
        #expect(random.sample([1, 2, 3], count: 10).sorted() == [1, 2, 3])
        #expect(random.sample([1, 2, 3], count: 0).isEmpty)
    }

    @Test func streamsAreIndependentOfOrder() {
        let forward = (0..<5).map { index -> UInt64 in
            var random = SplitMix64(seed: 9, stream: UInt64(index))
            return random.next()
        }
        var backward: [UInt64] = []
        for index in (0..<5).reversed() {
            var random = SplitMix64(seed: 9, stream: UInt64(index))
            backward.insert(random.next(), at: 0)
        }
        #expect(forward == backward)
        #expect(Set(forward).count == 5)
    }
}
