extension Graph {
    /// Weights of the in-adjacency as strengths: the stored weights, or all ones for `.unit`.
    func inStrengths(_ weights: StrengthWeights) -> ContiguousArray<Double> {
        switch weights {
        case .strength: return ContiguousArray(inWeights)
        case .unit: return ContiguousArray(repeating: 1, count: inNeighbors.count)
        }
    }

    /// Weights of the out-adjacency as strengths: the stored weights, or all ones for `.unit`.
    func outStrengths(_ weights: StrengthWeights) -> ContiguousArray<Double> {
        switch weights {
        case .strength: return ContiguousArray(outWeights)
        case .unit: return ContiguousArray(repeating: 1, count: outNeighbors.count)
        }
    }
}
