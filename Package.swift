// swift-tools-version:6.0
// ConsultBoard: the shared consult board of a spinal-cord-injury ward.
//
// Targets
// - ConsultBoard: the library (model, domain commands, store, clinical rules, handoff). Never imports curses.
// - CNcursesw: the system library for Debian's ncursesw (libncursesw5-dev), with a tiny C shim for the macros
//   and globals that Swift cannot see.
// - CLibpq: the system library for PostgreSQL's client libpq (libpq-dev), for boards kept in a database. libpq is
//   synchronous, which fits the TUI's one poll(2) loop (the connection's socket waits beside the keyboard).
// - CLibpqLoader: libpq's functions, loaded with dlopen when the first database board is opened, so a process
//   that never opens one does not load libpq and its 21 libraries at start-up (CLibpq gives only the header).
// - CPosix: a header-only shim for the glibc extensions that starting a child process needs (ChildProcess).
// - EmbedBuildResources (plugin) + BuildResourceGenerator (its tool): compile templates/ and the build's commit
//   into the library, so an installed binary needs no template folder (templates/ stays the one source).
// - ConsultTUI: the `consult-board` executable: the CLI commands and the terminal UI.
import PackageDescription

let package = Package(
    name: "ConsultBoard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "consult-board", targets: ["ConsultTUI"]),
        .library(name: "ConsultBoard", targets: ["ConsultBoard"]),
    ],
    dependencies: [
        // The CLI contract: one ArgumentParser command a file.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Handoff templates are real Mustache files in templates/.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Ordered maps keep the board's patients in admission order with O(1) lookup by MRN.
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // SHA-256 for the journal's hash chain (tamper evidence).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        .target(
            name: "ConsultBoard",
            dependencies: [
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CPosix",
                "CLibpq",
                "CLibpqLoader",
            ],
            plugins: [.plugin(name: "EmbedBuildResources")]
        ),
        .executableTarget(name: "BuildResourceGenerator"),
        .plugin(
            name: "EmbedBuildResources",
            capability: .buildTool(),
            dependencies: ["BuildResourceGenerator"]
        ),
        .systemLibrary(name: "CPosix"),
        .systemLibrary(
            name: "CLibpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "CLibpqLoader"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .executableTarget(
            name: "ConsultTUI",
            dependencies: [
                "ConsultBoard",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks print tables and assert nothing (scripts/bench-store).
        .executableTarget(
            name: "StoreBench",
            dependencies: ["ConsultBoard"]
        ),
        .testTarget(
            name: "ConsultBoardTests",
            dependencies: ["ConsultBoard"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ConsultTUITests",
            dependencies: ["ConsultTUI", "ConsultBoard"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
