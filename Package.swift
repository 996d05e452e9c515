// swift-tools-version:6.0
import PackageDescription

/// Release builds link the Swift runtime and Foundation into the executable, as the shipped binary
/// (`.ci/release-binary`) does: loading and binding their shared libraries took 6–10 ms of every
/// run, more than a tenth of building the real content.
let staticRuntimeInRelease: [LinkerSetting] = [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "veileder",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "veileder", targets: ["veileder"]),
        .library(name: "VeilederKit", targets: ["VeilederKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CFileExchange"),
        .target(
            name: "VeilederKit",
            dependencies: ["Ccmark", "CFileExchange", "Yams", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "veileder",
            dependencies: [
                "VeilederKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticRuntimeInRelease
        ),
        .executableTarget(
            name: "veileder-bench",
            dependencies: ["VeilederKit"],
            linkerSettings: staticRuntimeInRelease
        ),
        .testTarget(
            name: "VeilederKitTests",
            dependencies: ["VeilederKit", "veileder", "Yams"],
            exclude: ["Fixtures", "Golden", "Manifests"]
        ),
    ]
)
