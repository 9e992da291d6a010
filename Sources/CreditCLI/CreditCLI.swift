// Placeholder until the command layer lands.
public enum CredoCommandLine {
    public static func main(_ arguments: [String]) -> Int32 { 0 }
}
