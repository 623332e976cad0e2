import Foundation
import Testing
@testable import ConsultBoard

/// Saving and printing: private files, whole jobs, and a clear word when there is no printer.
@Suite struct HandoffOutputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("handoff-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func makeTemplates(in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("handoff.txt.mustache").path, contents: Data("x".utf8)))
    }

    func makeExecutable(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data(), attributes: [.posixPermissions: 0o755]))
        return url
    }

    @Test func findsTheRepositoryTemplatesFromTheBuildFolder() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/x86_64-unknown-linux-gnu/debug/consult-board")
        let found = try TemplateLocator.directory(executablePath: binary.path, environment: [:])
        #expect(found.path == root.appendingPathComponent("repo/templates").path)
    }

    @Test func followsSymlinksToTheRealExecutable() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/release/consult-board")
        let link = root.appendingPathComponent("bin/consult-board")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        let found = try TemplateLocator.directory(executablePath: link.path, environment: [:])
        #expect(found.path == root.appendingPathComponent("repo/templates").path)
    }

    @Test func fallsBackToTheEnvironmentVariable() throws {
        let binary = try makeExecutable("elsewhere/bin/consult-board")
        let custom = root.appendingPathComponent("ward-templates")
        try makeTemplates(in: custom)
        let found = try TemplateLocator.directory(
            executablePath: binary.path, environment: [TemplateLocator.environmentVariable: custom.path])
        #expect(found.path == custom.path)
    }

    @Test func theEnvironmentVariableWinsOverTheSourceTree() throws {
        try makeTemplates(in: root.appendingPathComponent("repo/templates"))
        let binary = try makeExecutable("repo/.build/debug/consult-board")
        let custom = root.appendingPathComponent("ward-templates")
        try makeTemplates(in: custom)
        let found = try TemplateLocator.directory(
            executablePath: binary.path, environment: [TemplateLocator.environmentVariable: custom.path])
        #expect(found.path == custom.path)
    }

    @Test func saysWhereItLookedWhenThereAreNone() throws {
        let binary = try makeExecutable("elsewhere/bin/consult-board")
        let error = #expect(throws: HandoffError.self) {
            try TemplateLocator.directory(executablePath: binary.path, environment: [TemplateLocator.environmentVariable: "/nowhere"])
        }
        guard case let .templatesNotFound(searched)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        // (An installed /usr/local/share/consult-board/templates would be found instead; not on a test machine.)
        #expect(searched.count == 3)
        #expect(searched[0] == "CONSULT_BOARD_TEMPLATES=/nowhere")
        #expect(error?.description.contains("--templates DIR") == true)
    }
}
