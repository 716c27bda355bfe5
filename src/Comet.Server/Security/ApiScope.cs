namespace Comet.Server.Security;

/// <summary>What a key may do in its project. Scopes are ordered: admin includes write, write includes read.</summary>
internal enum ApiScope
{
    Read = 1,
    Write = 2,
    Admin = 3,
}
