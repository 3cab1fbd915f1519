/// The one way a message quotes text taken from the input (an id, a field, a weight): at most
/// ``limit`` characters, longer text cut with an ellipsis, so a megabyte token does not make a
/// megabyte message.
public enum MessageToken {
    /// The longest token a message repeats, ellipsis included.
    public static let limit = 80

    /// `text` itself when it has at most ``limit`` characters, else its first `limit - 1`
    /// characters and `…`.
    /// - Complexity: O(min(n, limit)).
    public static func shown(_ text: some StringProtocol) -> String {
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < limit {
            text.formIndex(after: &end)
            count += 1
        }
        guard end < text.endIndex else { return String(text) }
        return String(text[..<text.index(before: end)]) + "…"
    }
}
