import Foundation

/// What an order asks for.
public enum OrderKind: String, Vocabulary {
    case medication, imaging, lab, procedure, nursing
}

/// Imaging modality.
public enum Modality: String, Vocabulary {
    case mri = "MRI", ct = "CT", xr = "XR", us = "US"
    public var label: String { rawValue }
}

/// Contrast agent class for an imaging order.
public enum Contrast: String, Vocabulary {
    case none, gadolinium, iodinated
}

/// The structured part of a medication order.
public struct MedicationDetails: Codable, Sendable, Equatable {
    public var drug: String
    /// As written ("40 mg", "1 g"); the safety rules read the number and unit from it.
    public var dose: String
    public var route: String
    public var frequency: String
    public init(drug: String, dose: String, route: String, frequency: String) {
        self.drug = drug
        self.dose = dose
        self.route = route
        self.frequency = frequency
    }
}

/// The structured part of an imaging order.
public struct ImagingDetails: Codable, Sendable, Equatable {
    public var modality: Modality
    public var region: String
    public var contrast: Contrast
    public init(modality: Modality, region: String, contrast: Contrast) {
        self.modality = modality
        self.region = region
        self.contrast = contrast
    }
}

/// An order from one service, with its full status history.
public struct Order: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var service: Service
    public var kind: OrderKind
    public var text: String
    /// Present exactly when `kind == .medication`.
    public var medication: MedicationDetails?
    /// Present exactly when `kind == .imaging`.
    public var imaging: ImagingDetails?
    public var orderedBy: String
    public var orderedAt: Date
    public var status: OrderStatus
    public var history: [StatusChange<OrderStatus>]
    /// The medication administration record (see `doses`); `nil` until the first dose is recorded.
    public var administrations: [DoseAdministration]?

    public init(
        id: RecordID, service: Service, kind: OrderKind, text: String, medication: MedicationDetails? = nil,
        imaging: ImagingDetails? = nil, orderedBy: String, orderedAt: Date, status: OrderStatus
    ) {
        self.id = id
        self.service = service
        self.kind = kind
        self.text = text
        self.medication = medication
        self.imaging = imaging
        self.orderedBy = orderedBy
        self.orderedAt = orderedAt
        self.status = status
        self.history = [StatusChange(from: nil, to: status, by: orderedBy, at: orderedAt)]
    }

    /// One line for lists and the handoff: "Enoxaparin 40 mg SC daily" or "MRI cervical spine (gadolinium)".
    public var headline: String {
        if let m = medication {
            return [m.drug, m.dose, m.route, m.frequency].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if let i = imaging {
            let contrast = i.contrast == .none ? "" : " (\(i.contrast.rawValue))"
            return "\(i.modality.rawValue) \(i.region)\(contrast)"
        }
        return text
    }

    /// `headline` with the contrast in the reader's words ("MRI C-spine (gadolinium)", "MRI 颈椎（钆对比剂）"): for
    /// screens and documents; `headline` stays as stored words for what programs read.
    public var headlineText: ShownText {
        guard let i = imaging, i.contrast != .none else { return .plain(Sanitizer.line(headline)) }
        return [.plain(Sanitizer.line("\(i.modality.rawValue) \(i.region)")), .tr("order.headline.contrast", ["contrast": i.contrast.shownText])].joined("")
    }
}
