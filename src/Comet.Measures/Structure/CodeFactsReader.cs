using System.Text.RegularExpressions;

namespace Comet.Measures.Structure;

/// <summary>
/// Reads <see cref="CodeFacts"/> from code text by regular expressions, no compiler: one reading for
/// Java, C#, Python, JavaScript/TypeScript, C/C++ and JSP together, since their declaration and import
/// forms hardly overlap (a pattern of one language rarely fires on another's code, and where it does,
/// as a C function definition on a Java method, it reads the same thing). Names are kept lower case.
/// Comments are read like code: a class named in a comment is a collaborator too.
/// </summary>
internal static partial class CodeFactsReader
{
    // Words that look like a call or a declared function but are control flow or operators.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "if", "for", "foreach", "while", "switch", "catch", "return", "sizeof", "new", "super", "this", "throw",
        "synchronized", "function", "typeof", "using", "lock", "fixed", "else", "do", "case", "assert", "print",
        "defined", "elif", "not", "and", "or", "in", "is", "with", "await", "yield", "def", "class", "import",
    };

    public static CodeFacts Read(string pathOrId, string text)
    {
        var declaredTypes = new HashSet<string>(StringComparer.Ordinal);
        var functions = new HashSet<string>(StringComparer.Ordinal);
        var modules = new HashSet<string>(StringComparer.Ordinal) { CodeFileKind.Stem(pathOrId) };
        var imports = new HashSet<string>(StringComparer.Ordinal);
        var bases = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var calls = new HashSet<string>(StringComparer.Ordinal);

        AddGroup(TypeDeclaration(), text, "name", declaredTypes);
        AddGroup(PythonDefinition(), text, "name", functions);
        AddGroup(FunctionKeyword(), text, "name", functions);
        AddGroup(FunctionDefinition(), text, "name", functions);
        AddGroup(MacroDefinition(), text, "name", functions);
        AddGroup(ModuleDeclaration(), text, "name", modules, LastSegment);

        AddGroup(JavaImport(), text, "name", imports, LastSegment);
        AddGroup(CSharpUsing(), text, "name", imports, LastSegment);
        AddGroup(Include(), text, "path", imports, CodeFileKind.Stem);
        AddGroup(ScriptImport(), text, "path", imports, CodeFileKind.Stem);
        AddGroup(JspDirective(), text, "path", imports, CodeFileKind.Stem);
        AddPythonImports(text, imports);
        AddJspImports(text, imports);

        foreach (Match match in Inheritance().Matches(text))
        {
            foreach (var name in Names().Matches(match.Groups["names"].Value).Select(m => m.Value))
            {
                bases.Add(LastSegment(name));
            }
        }

        AddGroup(CapitalisedName(), text, "name", types);
        AddGroup(Call(), text, "name", calls);
        foreach (var set in new[] { functions, calls })
        {
            set.ExceptWith(NotNames);
        }

        types.ExceptWith(declaredTypes);
        return new CodeFacts(declaredTypes, functions, modules, imports, bases, types, calls);
    }

    private static void AddGroup(Regex pattern, string text, string group, HashSet<string> into, Func<string, string>? map = null)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var value = match.Groups[group].Value;
            if (value.Length > 0)
            {
                into.Add((map ?? (v => v.ToLowerInvariant()))(value));
            }
        }
    }

    /// <summary>"import os, sys.path" and "from .models import Patient, Visit": modules by their last part, names as they are.</summary>
    private static void AddPythonImports(string text, HashSet<string> imports)
    {
        foreach (Match match in PythonImport().Matches(text))
        {
            foreach (var module in match.Groups["modules"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                imports.Add(LastSegment(module.Split(' ')[0]));
            }
        }

        foreach (Match match in PythonFromImport().Matches(text))
        {
            var module = match.Groups["module"].Value.TrimStart('.');
            if (module.Length > 0)
            {
                imports.Add(LastSegment(module));
            }

            foreach (var name in Names().Matches(match.Groups["names"].Value).Select(m => m.Value).Where(n => n != "as" && n != "import"))
            {
                imports.Add(name.ToLowerInvariant());
            }
        }
    }

    /// <summary>JSP's page directive: import="java.util.*, shop.Cart" names classes like Java imports.</summary>
    private static void AddJspImports(string text, HashSet<string> imports)
    {
        foreach (Match match in JspImport().Matches(text))
        {
            foreach (var name in match.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                imports.Add(LastSegment(name));
            }
        }
    }

    /// <summary>"java.util.List" gives "list", "a.b.*" gives "b" (the package; files declaring it match), "Foo" gives "foo".</summary>
    internal static string LastSegment(string dotted)
    {
        var parts = dotted.Trim().TrimEnd(';').Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = parts.Length == 0 ? string.Empty : parts[^1] == "*" && parts.Length > 1 ? parts[^2] : parts[^1];
        return last.ToLowerInvariant();
    }

    [GeneratedRegex(@"\b(?:class|interface|enum|record|struct|trait|object|protocol)\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^[ \t]*(?:async[ \t]+)?def[ \t]+(?<name>[A-Za-z_]\w*)", RegexOptions.Multiline)]
    private static partial Regex PythonDefinition();

    [GeneratedRegex(@"\bfunction\s*\*?\s*(?<name>[A-Za-z_$][\w$]*)\s*\(|\b(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*=>)")]
    private static partial Regex FunctionKeyword();

    // A C/C++/Java/C# function or method definition: a name, its parameter list and an opening brace
    // (possibly on the next line, K&R style), at a line start or after ';', '{' or '}' (one-line classes);
    // control words ("if (x) {") are dropped afterwards.
    // Linear-time matching: code files can be long and this pattern's parts overlap.
    [GeneratedRegex(@"(?:^|[;{}])[ \t]*(?:[\w<>\[\],:~]+[ \t\*&]+)*(?<name>[A-Za-z_]\w*)[ \t]*\([^;{}()]*(?:\([^;{}()]*\)[^;{}()]*)*\)[\w \t\r\n,]*\{", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex FunctionDefinition();

    [GeneratedRegex(@"^[ \t]*#[ \t]*define[ \t]+(?<name>[A-Za-z_]\w*)", RegexOptions.Multiline)]
    private static partial Regex MacroDefinition();

    [GeneratedRegex(@"^[ \t]*(?:package|namespace)[ \t]+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex ModuleDeclaration();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(?:static[ \t]+)?(?<name>[\w.]+(?:\.\*)?)[ \t]*;", RegexOptions.Multiline)]
    private static partial Regex JavaImport();

    [GeneratedRegex(@"^[ \t]*using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?(?<name>[\w.]+)[ \t]*;", RegexOptions.Multiline)]
    private static partial Regex CSharpUsing();

    [GeneratedRegex(@"^[ \t]*#[ \t]*(?:include|import)[ \t]*[<""](?<path>[^>""]+)[>""]", RegexOptions.Multiline)]
    private static partial Regex Include();

    [GeneratedRegex(@"\bimport\s+(?:[\w$*{}\s,]+\s+from\s+)?['""](?<path>[^'""]+)['""]|\brequire\s*\(\s*['""](?<path>[^'""]+)['""]\s*\)|\bimport\s*\(\s*['""](?<path>[^'""]+)['""]\s*\)")]
    private static partial Regex ScriptImport();

    [GeneratedRegex(@"<%@\s*include\s+file\s*=\s*""(?<path>[^""]+)""|<jsp:(?:include|forward)\s+page\s*=\s*""(?<path>[^""]+)""")]
    private static partial Regex JspDirective();

    [GeneratedRegex(@"<%@\s*page\b[^%]*?\bimport\s*=\s*""(?<names>[^""]+)""")]
    private static partial Regex JspImport();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(?<modules>[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex PythonImport();

    [GeneratedRegex(@"^[ \t]*from[ \t]+(?<module>\.*[\w.]*)[ \t]+import[ \t]+(?<names>\([^)]*\)|[^\n]+)", RegexOptions.Multiline)]
    private static partial Regex PythonFromImport();

    // Java/C# "extends A implements B, C", C#/C++ "class X : public Base, IThing", Python "class X(Base):".
    [GeneratedRegex(@"\b(?:extends|implements)\s+(?<names>[\w.]+(?:\s*<[^>{]*>)?(?:\s*,\s*[\w.]+(?:\s*<[^>{]*>)?)*)|\b(?:class|struct|interface|record)\s+\w+\s*(?:<[^>{]*>)?\s*:\s*(?<names>[^{;\n:][^{;\n]*)|^[ \t]*class[ \t]+\w+[ \t]*\((?<names>[^)]*)\)[ \t]*:", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex Inheritance();

    [GeneratedRegex(@"[A-Za-z_][\w.]*")]
    private static partial Regex Names();

    [GeneratedRegex(@"\b(?<name>[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*)\b")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"(?<![\w$])(?<name>[A-Za-z_]\w*)\s*\(")]
    private static partial Regex Call();
}
