/// Small helpers for the store's messages, so they read as English ("1 entry", "3 entries").
enum Wording {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
