import Foundation

extension FHIRExport {
    /// A note as a DocumentReference holding its text; each addendum a DocumentReference that `appends` it. A note
    /// marked entered in error keeps its text and has FHIR's `entered-in-error` status, with who and why.
    func noteResources(_ note: Note, of record: PatientRecord) -> [Exported] {
        var all = [Exported(resource: document(
            id: note.id, status: note.enteredInError == nil ? "current" : "entered-in-error", type: note.kind,
            service: note.service, author: note.author, at: note.at, text: note.text, appends: nil,
            errorNote: note.enteredInError, record: record), author: note.author, at: note.at, moves: Self.moves(note))]
        for addendum in note.addenda {
            all.append(Exported(resource: document(
                id: addendum.id, status: note.enteredInError == nil ? "current" : "entered-in-error",
                type: "addendum to \(note.kind)", service: note.service, author: addendum.author, at: addendum.at,
                text: addendum.text, appends: note.id, errorNote: nil, record: record), author: addendum.author, at: addendum.at))
        }
        return all
    }

    /// A note's moves: written (`current`), then entered in error (who, when, why) if it was.
    static func moves(_ note: Note) -> [Move] {
        var moves = [Move(status: "current", label: "current", by: note.author, at: note.at)]
        if let mark = note.enteredInError {
            moves.append(Move(status: "entered-in-error", label: "entered in error", by: mark.by, at: mark.at, reason: mark.reason))
        }
        return moves
    }

    private func document(
        id: String, status: String, type: String, service: Service, author: String, at: Date, text: String,
        appends: String?, errorNote: ErrorMark?, record: PatientRecord
    ) -> JSONValue {
        let body = Data(Sanitizer.multiline(text).utf8).base64EncodedString()
        return .fields([
            "resourceType": "DocumentReference",
            "id": .string(id),
            "status": .string(status),
            "docStatus": "final",
            "type": Self.text(type),
            "category": .array([Self.serviceCategory(service)]),
            "subject": Self.subject(record),
            "date": .string(Self.dateTime(at)),
            "author": .array([Self.person(author)]),
            "description": errorNote.map { .string(Sanitizer.line("entered in error by \($0.by) at \(Self.dateTime($0.at)): \($0.reason)")) },
            "relatesTo": appends.map { .array([.fields(["code": "appends", "target": Self.reference("DocumentReference", $0)])]) },
            "content": .array([.fields(["attachment": .fields([
                "contentType": "text/plain; charset=utf-8", "data": .string(body), "creation": .string(Self.dateTime(at)),
            ])])]),
        ])
    }
}
