import Foundation
import Testing
@testable import ConsultBoard

/// Saving and printing: private files, whole jobs, and a clear word when there is no printer.
@Suite struct HandoffOutputTests {
    /// Removed with the suite's instance (`StoreFolder`), so no run leaves a folder in /tmp.
    let temporary: StoreFolder
    var folder: URL { temporary.url }

    init() throws {
        temporary = try StoreFolder()
    }

    func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func savedHandoffIsReadableOnlyByItsOwner() throws {
        let path = folder.appendingPathComponent("handoff.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old, world-readable".utf8), attributes: [.posixPermissions: 0o644]))
        try HandoffFile.write("张伟 handoff\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "张伟 handoff\n")
        #expect(try permissions(path) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["handoff.txt"], "no temporary file left behind")
    }

    @Test func saveIntoAMissingFolderSaysWhere() {
        let path = folder.appendingPathComponent("no/such/folder/handoff.txt").path
        let error = #expect(throws: HandoffError.self) { try HandoffFile.write("x", to: path) }
        #expect(error?.description.contains(path) == true)
    }

    @Test func noPrintCommandMeansNoPrinter() {
        #expect(throws: HandoffError.noPrinter) {
            try HandoffPrinter(environment: ["PATH": folder.path])
        }
        #expect(HandoffError.noPrinter.description.contains("no printer"))
    }

    /// Writes an executable shell script into the test folder.
    func script(_ name: String, _ body: String) throws {
        let path = folder.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("#!/bin/sh\n\(body)\n".utf8), attributes: [.posixPermissions: 0o700]))
    }

    @Test func printSendsTheWholeDocumentAsOneJob() throws {
        let copy = folder.appendingPathComponent("printed.txt").path
        let args = folder.appendingPathComponent("args.txt").path
        // A stand-in for CUPS's lp: records its arguments and the file it was given, as lp would spool it.
        try script("lp", "echo \"$@\" > '\(args)'; for last; do :; done; cp \"$last\" '\(copy)'; echo 'request id is ward-7 (1 file(s))'")
        let printer = try HandoffPrinter(environment: ["PATH": "/nonexistent:\(folder.path)"])
        #expect(printer.command.lastPathComponent == "lp")
        let text = try HandoffTestSupport.render(.text)
        let said = try printer.print(text, title: "I-PASS handoff")
        #expect(said == "request id is ward-7 (1 file(s))")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == text)
        #expect(try String(contentsOfFile: args, encoding: .utf8).hasPrefix("-t I-PASS handoff -- "))
    }

    @Test func lprIsUsedWhenThereIsNoLp() throws {
        try script("lpr", "exit 0")
        #expect(try HandoffPrinter(environment: ["PATH": folder.path]).command.lastPathComponent == "lpr")
    }

    @Test func refusedPrintJobIsReportedWithTheCommandsWords() throws {
        try script("lp", "echo 'lp: Error - no default destination available.' >&2; exit 1")
        let printer = try HandoffPrinter(environment: ["PATH": folder.path])
        let error = #expect(throws: HandoffError.self) { try printer.print("x", title: "t") }
        #expect(error == .printFailed(command: printer.command.path, status: 1, message: "lp: Error - no default destination available."))
        #expect(error?.description.contains("Nothing was printed") == true)
    }
}

/// Finding the default templates from wherever the program runs.
@Suite struct TemplateLocatorTests {
    /// Removed with the suite's instance (`StoreFolder`), so no run leaves a folder in /tmp.
    let temporary: StoreFolder
    let root: URL

    init() throws {
        temporary = try StoreFolder()
        root = temporary.url.resolvingSymlinksInPath()
    }

    func makeTemplates(in folder: URL, formats: [HandoffFormat] = [.text]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in formats {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(format.templateFileName).path, contents: Data("x".utf8)))
        }
    }

    func makeExecutable(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data(), attributes: [.posixPermissions: 0o755]))
        return url
    }

    func source(_ format: HandoffFormat = .text, executable: URL, environment: [String: String] = [:], ward: [String] = []) throws -> TemplateLocator.Source {
        try TemplateLocator.source(for: format, executablePath: executable.path, environment: environment, wardDirectories: ward)
    }

    @Test func findsTheRepositoryTemplatesFromTheBuildFolder() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/x86_64-unknown-linux-gnu/debug/consult-board")
        #expect(try source(executable: binary) == .folder(root.appendingPathComponent("repo/templates")))
    }

    @Test func followsSymlinksToTheRealExecutable() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/release/consult-board")
        let link = root.appendingPathComponent("bin/consult-board")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        #expect(try source(executable: link) == .folder(root.appendingPathComponent("repo/templates")))
    }

    @Test func theEnvironmentVariableWinsOverTheSourceTree() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/debug/consult-board")
        let custom = root.appendingPathComponent("ward-templates")
        try makeTemplates(in: custom)
        #expect(try source(executable: binary, environment: [TemplateLocator.environmentVariable: custom.path]) == .folder(custom))
    }

    @Test func aWardFolderWinsOverTheBuiltInCopy() throws {
        let binary = try makeExecutable("usr/bin/consult-board")
        let etc = root.appendingPathComponent("etc/consult-board/templates")
        let local = root.appendingPathComponent("usr/local/share/consult-board/templates")
        try makeTemplates(in: local, formats: [.text, .html])
        try makeTemplates(in: etc, formats: [.html])
        let ward = [etc.path, local.path]
        #expect(try source(.html, executable: binary, ward: ward) == .folder(etc))
        #expect(try source(.text, executable: binary, ward: ward) == .folder(local))
        // Markdown is in neither: the compiled-in copy.
        #expect(try source(.markdown, executable: binary, ward: ward) == .builtIn)
    }

    @Test func anInstalledProgramUsesTheBuiltInTemplates() throws {
        let binary = try makeExecutable("usr/bin/consult-board")
        for format in HandoffFormat.allCases {
            #expect(try source(format, executable: binary) == .builtIn)
            let template = try HandoffTemplate.standard(format, executablePath: binary.path, environment: [:], wardDirectories: [])
            #expect(template.name == "built-in \(format.templateFileName)")
        }
    }

    /// The built-in copies are the repository's templates, byte for byte (they are generated from them).
    @Test func theBuiltInTemplatesAreTheRepositorysOwn() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
        for format in HandoffFormat.allCases {
            let file = try String(contentsOf: repository.appendingPathComponent(format.templateFileName), encoding: .utf8)
            #expect(TemplateLocator.builtInSource(for: format) == file, "\(format.templateFileName)")
        }
    }

    @Test func aMisspeltTemplateFolderIsAnErrorNotTheDefaults() throws {
        let binary = try makeExecutable("elsewhere/bin/consult-board")
        #expect(throws: HandoffError.templateFolderNotFound(variable: TemplateLocator.environmentVariable, path: "/nowhere")) {
            try source(executable: binary, environment: [TemplateLocator.environmentVariable: "/nowhere"])
        }
        #expect(HandoffError.templateFolderNotFound(variable: "CONSULT_BOARD_TEMPLATES", path: "/nowhere").description
            .contains("does not exist"))
    }
}
