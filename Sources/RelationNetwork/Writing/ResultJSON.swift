import Foundation

/// The JSON form of every result the library returns: pretty-printed, keys sorted and in
/// snake_case, slashes unescaped, a final newline. Commands and examples print results through it,
/// so the same value gives the same bytes everywhere.
public enum ResultJSON {
    /// The JSON text of `value`. Non-finite numbers, which JSON cannot hold, become the strings
    /// `"Infinity"`, `"-Infinity"` and `"NaN"`.
    /// - Throws: the value's own encoding errors.
    public static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
