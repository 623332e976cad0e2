import Foundation

/// The checkpoint's manifest (`checkpoint/manifest.json`) decoded by hand.
///
/// Why: every command that reads or changes a board reads the manifest first (`note add`, `patients`), and
/// `JSONDecoder` on it was a fifth of a `note add` on the large benchmark board (40 patients' headers and 150 file
/// references: its generic containers cost about 20,000 instructions a file reference), besides the Swift
/// runtime's scans of every conformance record for each type it met the first time (issue 9). This gives exactly
/// the manifest `CheckpointManifest.init(from:)` and the synthesized `Decodable` of its parts give with
/// `JSONDecoder`, or `nil` for a manifest it does not recognise: a roster or a patient's movements (left to
/// `JSONDecoder` whole), a member it does not know or sees twice, a value of another type, another format or a
/// newer schema, any text `CompactJSONReader` leaves alone. The caller then decodes it with `JSONDecoder`, which
/// also words what is wrong. `ManifestFastDecodeAgreementTests` checks the agreement.
enum ManifestFastDecode {
    static func manifest(_ file: Data) -> CheckpointManifest? {
        file.withUnsafeBytes { bytes in
            var reader = CompactJSONReader(bytes: bytes)
            guard let manifest = manifest(&reader), reader.isAtEnd() else { return nil }
            return manifest
        }
    }

    private static func manifest(_ reader: inout CompactJSONReader) -> CheckpointManifest? {
        var format: String?, version: Int?, journal: JournalPosition?, ward: String?, createdAt: Date?
        var patients: [CheckpointManifest.PatientEntry]?, ids: [CheckpointManifest.FileRef]?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "format":
                format = reader.string()
                return format == CheckpointManifest.formatName
            case "schemaVersion":
                version = reader.integer()
                return (version ?? .max) <= CheckpointManifest.schemaVersion
            case "journal":
                journal = position(&reader)
                return journal != nil
            case "ward":
                ward = reader.string()
                return ward != nil
            case "createdAt":
                createdAt = reader.string().flatMap(BoardDate.parse)
                return createdAt != nil
            case "patients":
                patients = array(&reader, patientEntry)
                return patients != nil
            case "ids":
                ids = array(&reader, fileRef)
                return ids != nil
            case "roster":
                // A board without a roster writes none; one with a roster is left to JSONDecoder.
                return reader.null()
            case "hash":
                // The seal: checked before decoding, ignored by `CheckpointManifest` as by `JSONDecoder`.
                return reader.skipPlainASCIIString()
            default:
                return false
            }
        }
        guard read, format != nil, let version, let journal, let ward, let createdAt, let patients, let ids else { return nil }
        var manifest = CheckpointManifest(journal: journal, ward: ward, createdAt: createdAt, patients: patients, ids: ids)
        manifest.schemaVersion = version
        return manifest
    }

    /// The elements of an array, each read by `element`; `nil` when one is not what it expects.
    private static func array<Element>(
        _ reader: inout CompactJSONReader, _ element: (inout CompactJSONReader) -> Element?
    ) -> [Element]? {
        var elements: [Element] = []
        let read = reader.elements { reader in
            guard let value = element(&reader) else { return false }
            elements.append(value)
            return true
        }
        return read ? elements : nil
    }

    private static func strings(_ reader: inout CompactJSONReader) -> [String]? {
        array(&reader) { reader in reader.string() }
    }

    private static func position(_ reader: inout CompactJSONReader) -> JournalPosition? {
        var offset: Int?, lines: Int?, revision: Int?, lastHash: String?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "offset": offset = reader.integer(); return offset != nil
            case "lines": lines = reader.integer(); return lines != nil
            case "revision": revision = reader.integer(); return revision != nil
            case "lastHash": lastHash = reader.string(); return lastHash != nil
            default: return false
            }
        }
        guard read, let offset, let lines, let revision, let lastHash else { return nil }
        return JournalPosition(offset: offset, lines: lines, revision: revision, lastHash: lastHash)
    }

    private static func fileRef(_ reader: inout CompactJSONReader) -> CheckpointManifest.FileRef? {
        var file: String?, sha256: String?, rows: Int?, replaces: Bool?, first: Int?, last: Int?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "file": file = reader.string(); return file != nil
            case "sha256": sha256 = reader.string(); return sha256 != nil
            case "rows": return optional(&reader, &rows) { $0.integer() }
            case "replaces": return optional(&reader, &replaces) { $0.bool() }
            case "first": return optional(&reader, &first) { $0.integer() }
            case "last": return optional(&reader, &last) { $0.integer() }
            default: return false
            }
        }
        guard read, let file, let sha256 else { return nil }
        return CheckpointManifest.FileRef(file: file, sha256: sha256, rows: rows, replaces: replaces, first: first, last: last)
    }

    /// An optional member (`decodeIfPresent`): `null` leaves it `nil`, else `value` must read it.
    private static func optional<Value>(
        _ reader: inout CompactJSONReader, _ slot: inout Value?, _ value: (inout CompactJSONReader) -> Value?
    ) -> Bool {
        if reader.null() { return true }
        slot = value(&reader)
        return slot != nil
    }

    private static func patientEntry(_ reader: inout CompactJSONReader) -> CheckpointManifest.PatientEntry? {
        var patient: Patient?, revision: Int?, record: CheckpointManifest.FileRef?
        var labs: [CheckpointManifest.FileRef]?, notes: [CheckpointManifest.FileRef]?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "patient": patient = self.patient(&reader); return patient != nil
            case "revision": revision = reader.integer(); return revision != nil
            case "record": record = fileRef(&reader); return record != nil
            case "labs": labs = array(&reader, fileRef); return labs != nil
            case "notes": notes = array(&reader, fileRef); return notes != nil
            default: return false
            }
        }
        guard read, let patient, let revision, let record, let labs, let notes else { return nil }
        return CheckpointManifest.PatientEntry(patient: patient, revision: revision, record: record, labs: labs, notes: notes)
    }

    /// A patient's header as `Patient`'s synthesized `Decodable` reads it; one with movements is left to
    /// `JSONDecoder` (the whole manifest with it).
    private static func patient(_ reader: inout CompactJSONReader) -> Patient? {
        var mrn: MRN?, name: String?, age: Int?, sex: Sex?, bed: String?, weightKg: Double?, allergies: String?
        var admittedAt: Date?, diagnosis: String?, summary: String?, severity: Severity?, problems: [String]?
        var injuredAt: Date?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "mrn": mrn = reader.string(); return mrn != nil
            case "name": name = reader.string(); return name != nil
            case "age": age = reader.integer(); return age != nil
            case "sex": sex = reader.string().flatMap(Sex.init(rawValue:)); return sex != nil
            case "bed": bed = reader.string(); return bed != nil
            case "weightKg": return optional(&reader, &weightKg) { $0.double() }
            case "allergies": allergies = reader.string(); return allergies != nil
            case "admittedAt": admittedAt = reader.string().flatMap(BoardDate.parse); return admittedAt != nil
            case "diagnosis": diagnosis = reader.string(); return diagnosis != nil
            case "summary": summary = reader.string(); return summary != nil
            case "severity": severity = reader.string().flatMap(Severity.init(rawValue:)); return severity != nil
            case "problems": problems = strings(&reader); return problems != nil
            case "movements": return reader.null()
            case "injuredAt": return optional(&reader, &injuredAt) { $0.string().flatMap(BoardDate.parse) }
            default: return false
            }
        }
        guard read, let mrn, let name, let age, let sex, let bed, let allergies, let admittedAt, let diagnosis, let summary,
            let severity, let problems
        else { return nil }
        return Patient(
            mrn: mrn, name: name, age: age, sex: sex, bed: bed, weightKg: weightKg, allergies: allergies, admittedAt: admittedAt,
            diagnosis: diagnosis, summary: summary, severity: severity, problems: problems, injuredAt: injuredAt)
    }
}
