import Foundation

/// The known test a new test name is probably a misspelling of ("creatinin" -> creatinine).
///
/// A misspelt name would silently start a series of its own that no renal or fever check reads, so a name
/// within a small edit distance of a known test's name or alias is refused with the suggestion unless the user
/// says the test is new. Short names are not compared: at three letters almost everything is one edit away.
enum TestNameSuggestion {
    /// The known test's name `name` is close to, if any.
    static func near(_ name: String) -> String? {
        let typed = Array(name.lowercased())
        let allowed = typed.count >= 8 ? 2 : typed.count >= 4 ? 1 : 0
        guard allowed > 0 else { return nil }
        var best: (name: String, distance: Int)?
        for test in KnownTest.all {
            for spelling in [test.name] + test.aliases where spelling.count >= 4 {
                let distance = editDistance(typed, Array(spelling.lowercased()), limit: allowed)
                if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (test.name, distance) }
            }
        }
        return best?.name
    }

    /// The Levenshtein distance between `a` and `b`, or `limit + 1` once it is certainly above `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
