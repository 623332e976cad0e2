import Foundation

/// The terminology the safety rules ask: which drug an order is for and its classes, which procedure an order
/// names, which conditions a diagnosis states (negation understood), what an imaging order says about contrast.
///
/// Knowledge is data: the built-in terminology is terminology/consultboard-terminology.json (embedded in
/// `TerminologyData`); a ward's extension file of the same format is merged on top (`merging(_:)`). Matching is in
/// `TermIndex` after `TermText` normalisation. docs/safety-rules.md says how a pharmacist reviews and extends it.
public struct Terminology: Sendable {
    /// The merged file.
    public let file: TerminologyFile
    /// "2026.12.1", or "2026.12.1 + ward 2026-12-01" with an extension.
    public let version: String
    public let drugs: [String: DrugTerm]
    let drugIndex: TermIndex<String>
    let classIndex: TermIndex<String>
    let procedureIndex: TermIndex<Int>
    let conditionIndex: TermIndex<ConditionWord>
    let contrastIndex: TermIndex<ContrastWord>
    /// The words that name a contrast study (`contrastStudy`: 造影, angiography, DSA) as true, and the contrast
    /// classes' names as false, so that the 造影 of "造影剂过敏" is part of an agent's name, not a study.
    let contrastStudyIndex: TermIndex<Bool>
    /// The corticosteroids' names and brands, the words that name a steroid injection (`steroidInjection`) and the
    /// negation cues before them, for what a procedure order's text gives (`corticosteroidGiven`).
    let steroidIndex: TermIndex<SteroidWord>
    let wordIndexes: [String: TermIndex<String>]
    /// The vertebral level pattern ("C5", "L4/5"), compiled once: every live procedure order is read with it at
    /// every evaluation.
    let spineLevel: NSRegularExpression?
    let frequencyIndex: TermIndex<FrequencyWord>
    /// The words allergy records are read with (denials, severe and intolerance reactions).
    public let allergyWording: AllergyWording
    /// The words histories are read with besides the condition index's cues (clause breaks, negative answers).
    public let conditionWording: ConditionWording

    enum ConditionWord: Sendable {
        case condition(String), excluded, negationBefore, negationAfter, scopeBreak
        /// A question a form asks ("有无", "是否"): what follows is stated only by the field's answer ("有无糖尿病：有"
        /// is diabetes; the "无" inside "有无" is no denial).
        case question
        /// A cue after a whole list ("家族史"): "糖尿病、高血压家族史".
        case negationAfterList

        var isCondition: Bool { if case .condition = self { true } else { false } }
        var isCueBefore: Bool { if case .negationBefore = self { true } else { false } }
        var isCueAfter: Bool { if case .negationAfter = self { true } else { false } }
        var isCueAfterList: Bool { if case .negationAfterList = self { true } else { false } }
        var isScopeBreak: Bool { if case .scopeBreak = self { true } else { false } }
    }

    enum ContrastWord: Sendable {
        case agent(String), gadoliniumClass, iodinatedClass, given, notGiven, negation

        var isNegation: Bool { if case .negation = self { true } else { false } }
    }

    enum SteroidWord: Sendable {
        case drug(String), injection, negation

        var isNegation: Bool { if case .negation = self { true } else { false } }
    }

    struct FrequencyWord: Sendable {
        var perDay: Double
        var single: Bool
        var asNeeded: Bool
    }

    /// The built-in terminology. A test holds it to decoding and validating cleanly; were it ever not to, every
    /// medication order would be flagged "unrecognised" (never silently unchecked) and `loadProblem` says why.
    public static let standard: Terminology = {
        do throws(TerminologyError) {
            return try Terminology(file: try decode(Data(TerminologyData.json.utf8), name: "built-in terminology"))
        } catch {
            return Terminology(unchecked: TerminologyFile(version: "unavailable: \(error.description)"))
        }
    }()

    /// Why the built-in terminology could not be loaded, if it could not.
    public static var loadProblem: String? {
        standard.drugs.isEmpty ? standard.version : nil
    }

    /// Decodes a terminology file.
    public static func decode(_ data: Data, name: String) throws(TerminologyError) -> TerminologyFile {
        do {
            return try JSONDecoder().decode(TerminologyFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw TerminologyError([.tr("terminology.notJSON", ["file": .plain(name), "detail": .plain(context.debugDescription)])])
        } catch let DecodingError.keyNotFound(key, context) {
            throw TerminologyError([.tr("terminology.missing", ["file": .plain(name), "key": .plain(key.stringValue), "path": .plain(Self.path(context.codingPath))])])
        } catch let DecodingError.typeMismatch(_, context) {
            throw TerminologyError([.tr("terminology.wrongKind", [
                "file": .plain(name), "path": .plain(Self.path(context.codingPath)), "detail": .plain(context.debugDescription),
            ])])
        } catch {
            throw TerminologyError([.tr("terminology.undecodable", ["file": .plain(name), "detail": .plain("\(error)")])])
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    /// Compiles and validates a complete terminology file.
    public init(file: TerminologyFile) throws(TerminologyError) {
        let problems = Self.problems(in: file)
        guard problems.isEmpty else { throw TerminologyError(problems) }
        self.init(unchecked: file)
    }

    /// This terminology with a ward's extension merged on top: new entries are added; an entry with an existing
    /// id gains the extension's names, brands and classes, and takes its other fields where given.
    public func merging(_ extensionFile: TerminologyFile, name: String = "extension") throws(TerminologyError) -> Terminology {
        guard let extensionVersion = extensionFile.version, !extensionVersion.isEmpty else {
            throw TerminologyError([.tr("terminology.extensionVersion", ["file": .plain(name)])])
        }
        var merged = file
        merged.version = "\(file.version ?? "?") + \(extensionVersion)"
        merged.sources = (file.sources ?? [:]).merging(extensionFile.sources ?? [:]) { _, new in new }
        merged.classes = Self.merge(file.classes ?? [], extensionFile.classes ?? [], id: \.id) { old, new in
            var entry = old
            entry.names = Self.union(old.names, new.names)
            entry.parents = Self.union(old.parents, new.parents)
            entry.label = new.label ?? old.label
            return entry
        }
        merged.drugs = Self.merge(file.drugs ?? [], extensionFile.drugs ?? [], id: \.id) { old, new in
            var entry = old
            entry.names = Self.union(old.names, new.names)
            entry.brands = Self.union(old.brands, new.brands)
            entry.classes = Self.union(old.classes, new.classes)
            entry.atc = new.atc ?? old.atc
            entry.prednisoneEquivalentPerMg = new.prednisoneEquivalentPerMg ?? old.prednisoneEquivalentPerMg
            entry.gadoliniumGroup = new.gadoliniumGroup ?? old.gadoliniumGroup
            entry.unitsPerMg = new.unitsPerMg ?? old.unitsPerMg
            entry.strengthPerMl = new.strengthPerMl ?? old.strengthPerMl
            entry.asra = new.asra ?? old.asra
            entry.renal = new.renal ?? old.renal
            entry.source = [old.source, new.source].compactMap { $0 }.joined(separator: "; ")
            return entry
        }
        merged.procedures = Self.merge(file.procedures ?? [], extensionFile.procedures ?? [], id: \.id) { old, new in
            var entry = old
            entry.names = Self.union(old.names, new.names)
            entry.classes = Self.union(old.classes, new.classes)
            return entry
        }
        merged.conditions = Self.merge(file.conditions ?? [], extensionFile.conditions ?? [], id: \.id) { old, new in
            var entry = old
            entry.names = Self.union(old.names, new.names)
            entry.excluding = Self.union(old.excluding, new.excluding)
            return entry
        }
        var words = file.words ?? [:]
        for (key, value) in extensionFile.words ?? [:] {
            if case let .list(list) = value, case let .list(old)? = words[key] {
                words[key] = .list(Self.union(old, list) ?? [])
            } else {
                words[key] = value
            }
        }
        merged.words = words
        merged.asraProfiles = (file.asraProfiles ?? [:]).merging(extensionFile.asraProfiles ?? [:]) { _, new in new }
        merged.frequencies = (file.frequencies ?? []) + (extensionFile.frequencies ?? [])
        merged.asNeeded = Self.union(file.asNeeded, extensionFile.asNeeded)
        merged.formSuffixes = Self.union(file.formSuffixes, extensionFile.formSuffixes)
        let problems = Self.problems(in: merged)
        guard problems.isEmpty else { throw TerminologyError(problems.map { .tr("terminology.inFile", ["file": .plain(name), "problem": $0]) }) }
        return Terminology(unchecked: merged)
    }

    private static func union(_ a: [String]?, _ b: [String]?) -> [String]? {
        guard a != nil || b != nil else { return nil }
        var out = a ?? []
        for item in b ?? [] where !out.contains(item) { out.append(item) }
        return out
    }

    private static func merge<Entry>(
        _ base: [Entry], _ additions: [Entry], id: (Entry) -> String, combine: (Entry, Entry) -> Entry
    ) -> [Entry] {
        var out = base
        for addition in additions {
            if let index = out.firstIndex(where: { id($0) == id(addition) }) {
                out[index] = combine(out[index], addition)
            } else {
                out.append(addition)
            }
        }
        return out
    }

    /// What is wrong with a (merged) file, one sentence each.
    static func problems(in file: TerminologyFile) -> [ShownText] {
        var problems: [ShownText] = []
        if file.format != 1 { problems.append(.tr("terminology.format")) }
        if (file.version ?? "").isEmpty { problems.append(.tr("terminology.version")) }
        let sources = file.sources ?? [:]
        let classIDs = Set((file.classes ?? []).map(\.id))
        for required in DrugClass.required where !classIDs.contains(required) {
            problems.append(.tr("terminology.requiredClass", ["id": .plain(required)]))
        }
        func checkSource(_ source: String?, _ what: ShownText) {
            guard let source, !source.isEmpty else { return problems.append(.tr("terminology.noSource", ["entry": what])) }
            if sources[source] == nil, !source.contains(" ") {
                problems.append(.tr("terminology.unknownSource", ["entry": what, "source": .plain(source)]))
            }
        }
        for entry in file.classes ?? [] {
            checkSource(entry.source, .terminologyEntry(.drugClass, entry.id))
            for parent in entry.parents ?? [] where !classIDs.contains(parent) {
                problems.append(.tr("terminology.unknownParent", ["entry": .terminologyEntry(.drugClass, entry.id), "class": .plain(parent)]))
            }
        }
        // An id twice in one file: lookups by id would take one entry and quietly drop the other's names and
        // classes (an extension's repeated id is folded into one entry by `merging` before this is asked).
        func checkOnce(_ ids: [String], _ kind: TerminologyEntryKind) {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id).inserted {
                problems.append(.tr("terminology.idTwice", ["entry": .terminologyEntry(kind, id)]))
            }
        }
        checkOnce((file.classes ?? []).map(\.id), .drugClass)
        checkOnce((file.drugs ?? []).map(\.id), .drug)
        checkOnce((file.procedures ?? []).map(\.id), .procedure)
        checkOnce((file.conditions ?? []).map(\.id), .condition)
        var owner: [String: String] = [:]
        for drug in file.drugs ?? [] {
            let entry = ShownText.terminologyEntry(.drug, drug.id)
            checkSource(drug.source, entry)
            let names = (drug.names ?? []) + (drug.brands ?? [])
            if names.isEmpty { problems.append(.tr("terminology.noDrugNames", ["entry": entry])) }
            for drugClass in drug.classes ?? [] where !classIDs.contains(drugClass) {
                problems.append(.tr("terminology.unknownClass", ["entry": entry, "class": .plain(drugClass)]))
            }
            if let profile = drug.asra?.profile, file.asraProfiles?[profile] == nil {
                problems.append(.tr("terminology.unknownASRAProfile", ["entry": entry, "profile": .plain(profile)]))
            }
            if let group = drug.gadoliniumGroup, !["I", "II", "III"].contains(group) {
                problems.append(.tr("terminology.gadoliniumGroup", ["entry": entry, "group": .plain(group)]))
            }
            for name in names {
                let key = TermText.normalised(name)
                if key.isEmpty { problems.append(.tr("terminology.emptyName", ["entry": entry])) }
                if let other = owner[key], other != drug.id {
                    problems.append(.tr("terminology.nameTwice", ["name": .plain(name), "first": .plain(other), "second": .plain(drug.id)]))
                }
                owner[key] = drug.id
            }
        }
        for procedure in file.procedures ?? [] {
            let entry = ShownText.terminologyEntry(.procedure, procedure.id)
            checkSource(procedure.source, entry)
            if (procedure.names ?? []).isEmpty { problems.append(.tr("terminology.noNames", ["entry": entry])) }
        }
        for condition in file.conditions ?? [] {
            checkSource(condition.source, .terminologyEntry(.condition, condition.id))
        }
        if case let .pattern(pattern)? = file.words?["spineLevelPattern"],
            (try? NSRegularExpression(pattern: pattern)) == nil {
            problems.append(.tr("terminology.spineLevelPattern"))
        }
        return problems
    }

    /// Compiles without validating (the caller has validated, or is building the fallback).
    init(unchecked file: TerminologyFile) {
        self.file = file
        version = file.version ?? "?"
        let classes = Dictionary((file.classes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func ancestors(_ id: String, seen: Set<String> = []) -> Set<String> {
            guard !seen.contains(id), let entry = classes[id] else { return [id] }
            var out: Set<String> = [id]
            for parent in entry.parents ?? [] { out.formUnion(ancestors(parent, seen: seen.union([id]))) }
            return out
        }
        var drugs: [String: DrugTerm] = [:]
        var drugIndex = TermIndex<String>()
        for entry in file.drugs ?? [] {
            let direct = entry.classes ?? []
            drugs[entry.id] = DrugTerm(
                id: entry.id, atc: entry.atc, names: entry.names ?? [], brands: entry.brands ?? [],
                classes: direct.reduce(into: Set<String>()) { $0.formUnion(ancestors($1)) }, directClasses: direct,
                source: (entry.source.flatMap { file.sources?[$0] } ?? entry.source) ?? "",
                prednisoneEquivalentPerMg: entry.prednisoneEquivalentPerMg, gadoliniumGroup: entry.gadoliniumGroup,
                gadoliniumNote: entry.gadoliniumNote, unitsPerMg: entry.unitsPerMg, strengthPerMl: entry.strengthPerMl, asra: entry.asra,
                renal: entry.renal ?? [])
            for name in (entry.names ?? []) + (entry.brands ?? []) { drugIndex.add(name, entry.id) }
        }
        self.drugs = drugs
        self.drugIndex = drugIndex

        var classIndex = TermIndex<String>()
        for entry in file.classes ?? [] {
            for name in entry.names ?? [] { classIndex.add(name, entry.id) }
        }
        self.classIndex = classIndex

        var procedureIndex = TermIndex<Int>()
        for (offset, entry) in (file.procedures ?? []).enumerated() {
            for name in entry.names ?? [] { procedureIndex.add(name, offset) }
        }
        self.procedureIndex = procedureIndex

        let words = file.words ?? [:]
        func list(_ key: String) -> [String] { words[key]?.list ?? [] }

        var conditionIndex = TermIndex<ConditionWord>()
        for entry in file.conditions ?? [] {
            for name in entry.names ?? [] { conditionIndex.add(name, .condition(entry.id)) }
            for name in entry.excluding ?? [] { conditionIndex.add(name, .excluded) }
        }
        for cue in list("negationBefore") { conditionIndex.add(cue, .negationBefore) }
        for cue in list("negationAfter") { conditionIndex.add(cue, .negationAfter) }
        for cue in list("negationAfterList") { conditionIndex.add(cue, .negationAfterList) }
        for cue in list("negationScopeBreakWords") { conditionIndex.add(cue, .scopeBreak) }
        for word in list("conditionQuestionWords") { conditionIndex.add(word, .question) }
        self.conditionIndex = conditionIndex

        var contrastIndex = TermIndex<ContrastWord>()
        for entry in file.drugs ?? [] {
            let classes = Set(entry.classes ?? [])
            guard classes.contains(DrugClass.gadolinium) || classes.contains(DrugClass.iodinatedContrast) else { continue }
            for name in (entry.names ?? []) + (entry.brands ?? []) { contrastIndex.add(name, .agent(entry.id)) }
        }
        for entry in file.classes ?? [] {
            let ids = ancestors(entry.id)
            let value: ContrastWord? = ids.contains(DrugClass.gadolinium) ? .gadoliniumClass
                : ids.contains(DrugClass.iodinatedContrast) ? .iodinatedClass
                : entry.id == DrugClass.contrastAgent ? .given : nil
            guard let value else { continue }
            for name in entry.names ?? [] { contrastIndex.add(name, value) }
        }
        for word in list("contrastGiven") { contrastIndex.add(word, .given) }
        for word in list("noContrast") { contrastIndex.add(word, .notGiven) }
        for cue in list("negationBefore") + list("contrastNegationBefore") { contrastIndex.add(cue, .negation) }
        self.contrastIndex = contrastIndex
        var contrastStudyIndex = TermIndex<Bool>()
        for word in list("contrastStudy") { contrastStudyIndex.add(word, true) }
        for entry in file.classes ?? [] where ancestors(entry.id).contains(DrugClass.contrastAgent) {
            for name in entry.names ?? [] { contrastStudyIndex.add(name, false) }
        }
        self.contrastStudyIndex = contrastStudyIndex
        var steroidIndex = TermIndex<SteroidWord>()
        for entry in file.drugs ?? [] where (entry.classes ?? []).contains(where: { ancestors($0).contains(DrugClass.systemicCorticosteroid) }) {
            for name in (entry.names ?? []) + (entry.brands ?? []) { steroidIndex.add(name, .drug(entry.id)) }
        }
        for word in list("steroidInjection") { steroidIndex.add(word, .injection) }
        for cue in list("negationBefore") + list("contrastNegationBefore") { steroidIndex.add(cue, .negation) }
        self.steroidIndex = steroidIndex

        var wordIndexes: [String: TermIndex<String>] = [:]
        for (key, value) in words {
            guard case let .list(terms) = value else { continue }
            var index = TermIndex<String>()
            for term in terms { index.add(term, key) }
            wordIndexes[key] = index
        }
        self.wordIndexes = wordIndexes
        if case let .pattern(pattern)? = words["spineLevelPattern"] {
            spineLevel = try? NSRegularExpression(pattern: pattern)
        } else {
            spineLevel = nil
        }
        allergyWording = AllergyWording(words: words)
        conditionWording = ConditionWording(words: words)

        var frequencyIndex = TermIndex<FrequencyWord>()
        for entry in file.frequencies ?? [] {
            for name in entry.names {
                frequencyIndex.add(name, FrequencyWord(perDay: entry.perDay, single: entry.single ?? false, asNeeded: false))
            }
        }
        for name in file.asNeeded ?? [] { frequencyIndex.add(name, FrequencyWord(perDay: 0, single: false, asNeeded: true)) }
        self.frequencyIndex = frequencyIndex
    }
}
