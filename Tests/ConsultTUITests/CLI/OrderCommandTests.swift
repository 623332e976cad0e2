import ConsultBoard
import Foundation
import Testing

@Suite struct OrderCommandTests {
    @Test(arguments: BoardKind.available)
    func medicationImagingAndDraftOrders(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let enoxaparin = try board.add([
            "order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "DVT treatment",
            "--drug", "Enoxaparin", "--dose", "60 mg", "--route", "SC", "--frequency", "q12h",
        ])
        let mri = try board.add([
            "order", "add", CLIBoard.mrn, "--service", "spine-surgery", "--kind", "imaging", "--text", "Repeat MRI",
            "--modality", "mri", "--region", "cervical spine", "--contrast", "gadolinium",
        ])
        let xr = try board.add([
            "order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "imaging", "--text", "CXR", "--modality", "XR",
            "--region", "chest",
        ])
        // A lumbar puncture beside the enoxaparin: saved, and the ASRA intervals are said at once.
        let planned = try board.run([
            "order", "add", CLIBoard.mrn, "--service", "neurology", "--kind", "procedure", "--text", "Lumbar puncture", "--draft",
        ])
        #expect(planned.status == 0, "\(planned)")
        let lp = planned.output
        #expect(planned.stderr.hasPrefix("consult-board: warning: urgent alert anticoagulant-spinal-procedure:\(enoxaparin)+\(lp): Enoxaparin with lumbar puncture planned"), "\(planned)")
        #expect(planned.stderr.contains("24 h"), "the therapeutic tier's interval: \(planned)")
        let orders = try board.record().orders
        let e = try #require(orders.first { $0.id == enoxaparin })
        #expect(e.medication == MedicationDetails(drug: "Enoxaparin", dose: "60 mg", route: "SC", frequency: "q12h"))
        #expect(e.status == .active)
        #expect(e.headline == "Enoxaparin 60 mg SC q12h")
        #expect(orders.first { $0.id == mri }?.imaging == ImagingDetails(modality: .mri, region: "cervical spine", contrast: .gadolinium))
        #expect(orders.first { $0.id == xr }?.imaging?.contrast == Contrast.none)
        let l = try #require(orders.first { $0.id == lp })
        #expect(l.status == .draft)
        #expect(l.kind == .procedure)
        #expect(l.service == .neurology)
        #expect(l.medication == nil && l.imaging == nil)
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let base = ["order", "add", CLIBoard.mrn, "--service", "ward", "--text", "x"]
        try board.refuse(base + ["--kind", "medication"],
                         "a medication order needs --drug, --dose, --route and --frequency; missing: --drug, --dose, --route, --frequency")
        try board.refuse(base + ["--kind", "medication", "--drug", "Enoxaparin", "--route", "SC"],
                         "a medication order needs --drug, --dose, --route and --frequency; missing: --dose, --frequency")
        try board.refuse(base + ["--kind", "medication", "--drug", "E", "--dose", " ", "--route", "SC", "--frequency", "daily"],
                         "the dose is empty")
        try board.refuse(base + ["--kind", "nursing", "--drug", "a", "--dose", "b", "--route", "c", "--frequency", "d"],
                         "belong to medication orders, not nursing")
        try board.refuse(base + ["--kind", "imaging"], "an imaging order needs --modality and --region; missing: --modality, --region")
        try board.refuse(base + ["--kind", "imaging", "--modality", "MRI"], "an imaging order needs --modality and --region; missing: --region")
        try board.refuse(base + ["--kind", "imaging", "--modality", "PET", "--region", "brain"], "unknown modality 'PET'; valid: MRI, CT, XR, US")
        try board.refuse(base + ["--kind", "imaging", "--modality", "MRI", "--region", "c", "--contrast", "iodine"],
                         "unknown contrast 'iodine'; valid: none, gadolinium, iodinated")
        try board.refuse(base + ["--kind", "lab", "--modality", "CT", "--region", "head"], "belong to imaging orders, not lab")
        try board.refuse(base + ["--kind", "surgery"], "unknown order kind 'surgery'; valid: medication, imaging, lab, procedure, nursing")
        try board.refuse(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "lab", "--text", ""], "the order text is empty")
        try board.refuse(["order", "add", "NOPE", "--service", "ward", "--kind", "lab", "--text", "CK"], "no patient with MRN 'NOPE'")
    }
}
