import ConsultBoard

extension BoardOptions {
    /// The board's HL7 feed: results mapped by LOINC and the ward's mapping file (if given), signed by the author
    /// (the feed's identity), acknowledged in the ward's name. Shared by `hl7 import` and `hl7 listen`.
    func hl7Feed(mapping path: String?, identity: FeedIdentityOption) throws -> HL7Feed {
        let mapping = try path.map { path throws(HL7Error) in try HL7LabMapping.read(path) } ?? HL7LabMapping()
        let store = try store()
        return HL7Feed(store: store, author: try identity.name(self, store: store), importer: HL7ResultImport(mapping: mapping), ward: try store.wardList().ward)
    }
}
