namespace PhraseCatalog.Benchmarks;

/// <summary>The texts of phrases/Catalog.*.resx and Resources/Strings*.resx, as plain constants for the baselines.</summary>
internal static class Texts
{
    public const string InboundCallZhHans = "您好！客服中心，请问有什么可以帮您？";
    public const string InboundCallZhHant = "您好！客服中心，請問有什麼可以幫您？";

    /// <summary>The zh-Hans text of Greeting.KnownCustomer after <c>{surname}{title}</c>.</summary>
    public const string KnownCustomerTailZhHans = "，您好！请问有什么可以帮您？";

    /// <summary>Greeting.KnownCustomer (zh-Hans) as a composite format string, as Resources/Strings.resx holds it.</summary>
    public const string KnownCustomerFormatZhHans = "{0}{1}" + KnownCustomerTailZhHans;
}
