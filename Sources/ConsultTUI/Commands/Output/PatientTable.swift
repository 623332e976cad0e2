import ConsultBoard
import Foundation

/// The ward list as a text table: bed, MRN, name, age/sex, severity, diagnosis.
///
/// Columns are measured in display columns (`DisplayWidth`), so Chinese names, which take two columns a
/// character, line up with Latin ones. Stored text is sanitised; an over-long name is cut with "…".
enum PatientTable {
    static let maxNameWidth = 24

    static func render(_ patients: [Patient]) -> String {
        let header = [
            tr("cli.table.bed"), tr("cli.table.mrn"), tr("cli.table.name"), tr("cli.table.ageSex"), tr("cli.table.severity"),
            tr("cli.table.diagnosis"),
        ]
        let rows = patients.map { p -> [String] in
            [
                Sanitizer.line(p.bed), p.mrn, Sanitizer.line(p.name), "\(p.age) \(p.sex.shown)",
                p.severity.shown, Sanitizer.line(p.diagnosis),
            ]
        }
        return table(header: header, rows: rows)
    }

    /// The patients who left: when, how and where to, and the bed they left.
    static func renderDeparted(_ patients: [Patient]) -> String {
        let header = [
            tr("cli.table.left"), tr("cli.table.mrn"), tr("cli.table.name"), tr("cli.table.how"), tr("cli.table.to"), tr("cli.table.fromBed"),
            tr("cli.table.diagnosis"),
        ]
        let rows = patients.map { p -> [String] in
            let d = p.departure
            return [
                d.map { ClinicalTime.format($0.at, in: .current) } ?? "", p.mrn, Sanitizer.line(p.name), d?.kind.rawValue ?? "",
                Sanitizer.line(d?.destination?.label ?? d?.otherBoard ?? ""), Sanitizer.line(p.bed), Sanitizer.line(p.diagnosis),
            ]
        }
        return table(header: header, rows: rows)
    }

    private static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        widths[2] = min(widths[2], maxNameWidth)
        let lines = ([header] + rows).map { row in
            // Every column but the last is padded; the diagnosis runs to the end of the line.
            (row.indices.dropLast().map { TextLayout.pad(row[$0], width: widths[$0]) } + [row[row.count - 1]])
                .joined(separator: "  ")
        }
        return lines.joined(separator: "\n")
    }
}
