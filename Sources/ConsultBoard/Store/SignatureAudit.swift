import Foundation

/// `validate`'s check of the writers' signatures (see `JournalSignature`), fed every journal line in order with
/// the ward roster as it stood before the line.
///
/// Each line by someone on the roster must be covered by a signature of its author's key: its own, or that of
/// a later line of the same write (the same run of lines by one author), which covers it through the chain.
/// A line whose author has a key and is not covered is *unsigned*; a signature by a key the roster does not
/// hold for the author is an *unknown key*; a signature that does not verify is *forged* (the line, or one
/// before it, was changed after it was signed, even if every hash was recomputed). Lines by people without a
/// key are problems only when the board requires signatures (`RosterPolicy.requireSignatures`).
///
/// The key that counts is the one the roster held before the line, except when the line is the author
/// registering their first key (`staff add`/`staff set` of themselves with `--key`): then that key.
struct SignatureAudit {
    struct Problem: Equatable {
        var line: Int
        /// What is wrong, in English (`message`) and the reader's words.
        var words: ShownText
        var message: String { words.english }
    }

    private struct Pending {
        var line: Int
        var sequence: Int
        var author: String
        var key: String?
        var required: Bool
    }

    private struct Job: Sendable {
        var line: Int
        var sequence: Int
        var author: String
        var key: String
        var signature: Data
        var signed: Data
    }

    private var pending: [Pending] = []
    private var jobs: [Job] = []
    private(set) var problems: [Problem] = []
    /// Lines nobody needed to sign (authors without a key on a board that does not require signatures).
    private(set) var unsignedAllowed = 0
    /// Signatures checked and found good.
    private(set) var verified = 0
    /// Whether any line was written under a roster.
    private(set) var rosterSeen = false

    mutating func observe(_ line: JournalLine, entry: JournalEntry, roster: Roster) {
        var member = roster.member(named: entry.author)
        var key = member?.publicKey
        switch entry.command {
        case let .addStaff(c) where c.member.name == entry.author:
            member = member ?? c.member
            if key == nil { key = c.member.publicKey }
        case let .setStaff(c) where c.name == entry.author && key == nil:
            key = c.publicKey
        default:
            break
        }
        guard !roster.isEmpty || member != nil else {
            flush()
            return
        }
        rosterSeen = true
        if let last = pending.last, last.author != entry.author { flush() }
        guard member != nil else {
            flush()
            problems.append(Problem(
                line: line.number,
                words: .tr("signature.notOnRoster", ["sequence": "\(entry.sequence)", "author": "\(Sanitizer.line(entry.author))"])))
            return
        }
        pending.append(Pending(line: line.number, sequence: entry.sequence, author: entry.author, key: key, required: roster.policy.requireSignatures))
        guard let found = JournalSignature.find(in: line.bytes) else { return }
        pending = []
        guard let key else {
            problems.append(Problem(
                line: line.number,
                words: .tr("signature.noKeyOnRoster", [
                    "sequence": "\(entry.sequence)", "fingerprint": "\(found.fingerprint)", "author": "\(Sanitizer.line(entry.author))",
                ])))
            return
        }
        let expected = SigningKeys.fingerprint(ofBase64: key) ?? ""
        guard expected == found.fingerprint else {
            problems.append(Problem(
                line: line.number,
                words: .tr("signature.otherKey", [
                    "sequence": "\(entry.sequence)", "fingerprint": "\(found.fingerprint)", "author": "\(Sanitizer.line(entry.author))",
                    "expected": "\(expected)",
                ])))
            return
        }
        jobs.append(Job(line: line.number, sequence: entry.sequence, author: entry.author, key: key, signature: found.signature, signed: found.signed))
    }

    /// Lines left without a covering signature: unsigned.
    private mutating func flush() {
        for line in pending {
            if let key = line.key {
                problems.append(Problem(
                    line: line.line,
                    words: .tr("signature.unsigned", [
                        "sequence": "\(line.sequence)", "author": "\(Sanitizer.line(line.author))",
                        "fingerprint": "\(SigningKeys.fingerprint(ofBase64: key) ?? "?")",
                    ])))
            } else if line.required {
                problems.append(Problem(
                    line: line.line,
                    words: .tr("signature.required", ["sequence": "\(line.sequence)", "author": "\(Sanitizer.line(line.author))"])))
            } else {
                unsignedAllowed += 1
            }
        }
        pending = []
    }

    /// Verifies every signature (on both cores) and returns the problems, in journal order.
    mutating func finish() -> [Problem] {
        flush()
        let jobs = self.jobs
        let chunkSize = max(1, jobs.count / 16 + 1)
        let chunks = stride(from: 0, to: jobs.count, by: chunkSize).map { Array(jobs[$0..<min($0 + chunkSize, jobs.count)]) }
        let results = ParallelMap.map(chunks) { chunk in
            chunk.map { job in
                JournalSignature.verify(
                    JournalSignature.Found(fingerprint: "", signature: job.signature, signed: job.signed), publicKey: job.key)
            }
        }.flatMap { $0 }
        let failed = zip(jobs, results).filter { !$0.1 }.map(\.0)
        verified = jobs.count - failed.count
        if let first = failed.first {
            problems.append(Problem(
                line: first.line,
                words: .tr("signature.forged", ["sequence": "\(first.sequence)", "author": "\(Sanitizer.line(first.author))"])))
        }
        if failed.count > 1, let first = failed.first, let last = failed.last {
            // Each signature covers every earlier line through `prev`: one rewrite breaks all that follow it.
            problems.append(Problem(
                line: failed[1].line,
                words: .tr("signature.laterBroken", count: failed.count - 1, [
                    "count": "\(failed.count - 1)", "from": "\(failed[1].line)", "to": "\(last.line)", "line": "\(first.line)",
                ])))
        }
        self.jobs = []
        problems.sort { $0.line < $1.line }
        return problems
    }
}
