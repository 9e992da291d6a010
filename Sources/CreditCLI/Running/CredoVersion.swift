/// The version of credo: `credo --version` prints `credo <current>`, and model files record it.
/// This is the one place it is written.
public enum CredoVersion {
    public static let current = "0.1.0"
}
