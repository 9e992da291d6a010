#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ModelFile {
    /// Reads and checks a model file.
    ///
    /// The checks come in this order, each with its own message: the file can be read; it is
    /// JSON (a truncated file is reported as such, with the line where it ends); the top level is
    /// an object whose `format` is `credo-model`; its `schemaVersion` is one this credo reads; its
    /// `kind` is known; every required field is present and of the right type (the message gives
    /// the field's path, e.g. `coefficients[3].estimate`); and the fields agree with each other
    /// (design columns, coefficients and covariance describe the same columns).
    /// - Parameter path: the file; messages name it as given.
    /// - Throws: `ModelFileError`.
    public static func load(path: String) throws(ModelFileError) -> ModelFile {
        try decode(try readFile(path: path), file: path)
    }

    /// Decodes and checks the bytes of a model file (`file` names it in messages); see `load(path:)`.
    public static func decode(_ bytes: [UInt8], file: String) throws(ModelFileError) -> ModelFile {
        let json: JSONValue
        do {
            json = try JSONValue.parse(bytes)
        } catch {
            throw .notJSON(file: file, syntax: error)
        }
        try checkHeader(json, file: file)
        let model: ModelFile
        do {
            model = try JSONValueDecoder().decode(ModelFile.self, from: json)
        } catch let error as DecodingError {
            throw fieldError(error, in: json, file: file)
        } catch {
            throw .notAModelFile(file: file, reason: "\(error)")
        }
        try model.checkConsistency(file: file)
        return model
    }

    /// The format, schema version and kind, before anything else is decoded.
    static func checkHeader(_ json: JSONValue, file: String) throws(ModelFileError) {
        guard case .object = json else {
            throw .notAModelFile(file: file, reason: "the JSON is \(json.kindDescription), not an object")
        }
        guard let format = json["format"] else {
            throw .notAModelFile(file: file, reason: "it has no 'format' field")
        }
        guard case .string(let name) = format else {
            throw .wrongType(file: file, path: "format", detail: "expected a string, found \(format.kindDescription)")
        }
        guard name == formatName else { throw .wrongFormat(file: file, found: name) }
        guard let version = json["schemaVersion"] else { throw .missingField(file: file, path: "schemaVersion") }
        guard case .number(let text) = version, let number = Int(text) else {
            throw .wrongType(
                file: file, path: "schemaVersion", detail: "expected a whole number, found \(version.kindDescription)")
        }
        guard supportedSchemaVersions.contains(number) else {
            throw .unsupportedSchemaVersion(file: file, found: number, supported: supportedSchemaVersions)
        }
        if case .string(let kind)? = json["kind"], Kind(rawValue: kind) == nil {
            throw .unsupportedKind(file: file, found: kind, supported: Kind.allCases.map(\.rawValue))
        }
    }

    /// The `ModelFileError` for a decoding failure, with the field's path.
    static func fieldError(_ error: DecodingError, in json: JSONValue, file: String) -> ModelFileError {
        let path = error.fieldPath
        switch error {
        case .keyNotFound:
            return .missingField(file: file, path: path)
        case .valueNotFound(_, let context):
            if let value = json.value(at: context.codingPath), value == .null {
                return .nullField(file: file, path: path)
            }
            return .missingField(file: file, path: path)
        case .typeMismatch(_, let context):
            return .wrongType(file: file, path: path, detail: context.debugDescription)
        case .dataCorrupted(let context):
            // Foundation's message for an enum's raw value names the Swift type; say it plainly.
            guard context.debugDescription.hasPrefix("Cannot initialize") else {
                return .invalidValue(file: file, path: path, detail: context.debugDescription)
            }
            let shown = json.value(at: context.codingPath).map(Self.shortText) ?? "the value"
            return .invalidValue(file: file, path: path, detail: "\(shown) is not allowed here")
        @unknown default:
            return .notAModelFile(file: file, reason: "\(error)")
        }
    }

    static func shortText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "'\(text.count > 40 ? String(text.prefix(37)) + "..." : text)'"
        case .number(let text): text
        default: value.kindDescription
        }
    }

    /// The design columns, coefficients, covariance and VIFs describe the same columns; the
    /// estimates are finite.
    func checkConsistency(file: String) throws(ModelFileError) {
        func fail(_ reason: String) -> ModelFileError { .inconsistent(file: file, reason: reason) }
        var names = Set<String>()
        for (index, feature) in features.enumerated() where !names.insert(feature.name).inserted {
            throw fail("features[\(index)] repeats the feature '\(feature.name)'")
        }
        if names.contains(target.column) { throw fail("the target '\(target.column)' is also a feature") }
        let expected = Self.designColumns(of: features)
        if designColumns != expected {
            let index =
                zip(designColumns, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(designColumns.count, expected.count)
            let found = index < designColumns.count ? "'\(designColumns[index])'" : "nothing"
            let wanted = index < expected.count ? "'\(expected[index])'" : "nothing"
            throw fail("designColumns[\(index)] is \(found), but the features give \(wanted)")
        }
        if Set(designColumns).count != designColumns.count {
            throw fail("the design column names are not distinct")
        }
        let k = designColumns.count
        if coefficients.count != k {
            throw fail("\(coefficients.count) coefficients for \(k) design columns")
        }
        for (index, coefficient) in coefficients.enumerated() {
            if coefficient.name != designColumns[index] {
                throw fail(
                    "coefficients[\(index)] is named '\(coefficient.name)', but design column \(index) is "
                        + "'\(designColumns[index])'")
            }
            if !coefficient.estimate.isFinite {
                throw .invalidValue(
                    file: file, path: "coefficients[\(index)].estimate", detail: "\(coefficient.estimate) is not finite"
                )
            }
        }
        if covariance.matrix.count != k || covariance.matrix.contains(where: { $0.count != k }) {
            throw fail("the covariance matrix is not \(k) x \(k)")
        }
        let known = Set(designColumns)
        for (index, entry) in varianceInflation.enumerated() where !known.contains(entry.feature) {
            throw fail("varianceInflation[\(index)] names '\(entry.feature)', which is not a design column")
        }
    }

    /// The file's bytes.
    static func readFile(path: String) throws(ModelFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .noSuchFile(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(path: path, reason: "it is a directory")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}

extension JSONValue {
    /// The value at a coding path (object members by key, array elements by index).
    func value(at path: [any CodingKey]) -> JSONValue? {
        var current = self
        for key in path {
            if let index = key.intValue {
                guard case .array(let elements) = current, elements.indices.contains(index) else { return nil }
                current = elements[index]
            } else {
                guard let next = current[key.stringValue] else { return nil }
                current = next
            }
        }
        return current
    }
}
