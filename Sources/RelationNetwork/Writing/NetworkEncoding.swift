// Encodable conformances that spell the model in the `diplograph/1` schema (see Graphs/SCHEMA.md).
// Optional fields are omitted when absent, defaults are omitted, and free attributes are written
// in key order, so the same network always encodes to the same bytes.

extension PartialDate: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A coding key made at run time (for free attribute names).
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Encodes a string dictionary with its keys in sorted order.
struct SortedStringMap: Encodable {
    let values: [String: String]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for key in values.keys.sorted() {
            try container.encode(values[key], forKey: DynamicKey(key))
        }
    }
}

extension RelationNetwork: Encodable {
    enum CodingKeys: String, CodingKey {
        case schema, title, description, curated, kinds, sources, layers, entities, relations, assessments, routes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(NetworkDecoder.schemaVersion, forKey: .schema)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(description, forKey: .description)
        if isCurated { try c.encode(true, forKey: .curated) }
        if !declaredKinds.isEmpty { try c.encode(declaredKinds, forKey: .kinds) }
        try c.encode(sources, forKey: .sources)
        try c.encode(layers, forKey: .layers)
        try c.encode(entities, forKey: .entities)
        try c.encode(relations, forKey: .relations)
        if !assessments.isEmpty { try c.encode(assessments, forKey: .assessments) }
        if !routes.isEmpty { try c.encode(routes, forKey: .routes) }
    }
}

extension Source: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, title, author, publisher, date, dateInferred = "date_inferred", file, url
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        if let dateRange {
            try c.encode(dateRange.description, forKey: .date)
        } else {
            try c.encodeIfPresent(date, forKey: .date)
        }
        if dateInferred { try c.encode(true, forKey: .dateInferred) }
        try c.encodeIfPresent(file, forKey: .file)
        try c.encodeIfPresent(url, forKey: .url)
    }
}

extension Layer: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, description, directed, domain, signed
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(description, forKey: .description)
        if isDirected { try c.encode(true, forKey: .directed) }
        try c.encode(domain, forKey: .domain)
        if isSigned { try c.encode(true, forKey: .signed) }
    }
}

extension Entity: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, kind, name, aliases, since, until, attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encodeIfPresent(existence.since, forKey: .since)
        try c.encodeIfPresent(existence.until, forKey: .until)
        if !attributes.isEmpty { try c.encode(SortedStringMap(values: attributes), forKey: .attributes) }
    }
}

extension Relation: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, from, to, layer, strength, sign, since, until, citations, figures, note
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(layer, forKey: .layer)
        try c.encode(DecimalNumber(value: strength), forKey: .strength)
        if sign != .cooperation { try c.encode(sign, forKey: .sign) }
        try c.encodeIfPresent(validity.since, forKey: .since)
        try c.encodeIfPresent(validity.until, forKey: .until)
        try c.encode(citations, forKey: .citations)
        if !figures.isEmpty { try c.encode(figures, forKey: .figures) }
        try c.encodeIfPresent(note, forKey: .note)
    }
}

extension Citation: Encodable {
    enum CodingKeys: String, CodingKey {
        case source, paragraph, evidence, claim, stance, since, until, strength
    }

    /// The claim fields are written only when they differ from the defaults (asserts, the
    /// relation's own dates and strength), so files without claims are written as they were.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(claim, forKey: .claim)
        if stance != .asserts { try c.encode(stance.rawValue, forKey: .stance) }
        try c.encodeIfPresent(dating.since, forKey: .since)
        try c.encodeIfPresent(dating.until, forKey: .until)
        try c.encodeIfPresent(strength.map(DecimalNumber.init(value:)), forKey: .strength)
    }
}

extension Figure: Encodable {
    enum CodingKeys: String, CodingKey {
        case measure, value, unit, qualifier, period, citation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(measure, forKey: .measure)
        try c.encode(DecimalNumber(value: value), forKey: .value)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(citation, forKey: .citation)
    }
}

extension Assessment: Encodable {
    enum CodingKeys: String, CodingKey {
        case from, to, domain, level, citation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(domain, forKey: .domain)
        try c.encode(level.rawValue, forKey: .level)
        try c.encode(citation, forKey: .citation)
    }
}

extension Route: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, legs, layer, citation, note
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(legs, forKey: .legs)
        try c.encodeIfPresent(layer, forKey: .layer)
        try c.encode(citation, forKey: .citation)
        try c.encodeIfPresent(note, forKey: .note)
    }
}
