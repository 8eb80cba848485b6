using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>A consumer's own small catalog, "Shop", in three cultures, and a program that prints it.</summary>
internal static class ShopCatalog
{
    public const string WelcomeHans = "欢迎光临！";
    public const string WelcomeHant = "歡迎光臨！";
    public const string WelcomeKo = "어서 오십시오!";

    public static string ZhHans => ConsumerProject.Resx(
        ("Greeting.Welcome", WelcomeHans),
        ("Order.Shipped", "{customer}，您的订单{orderId}已发货，共{count:int}件商品。"));

    public static string ZhHant => ConsumerProject.Resx(
        ("Greeting.Welcome", WelcomeHant),
        ("Order.Shipped", "{customer}，您的訂單{orderId}已出貨，共{count:int}件商品。"));

    public static string Ko => ConsumerProject.Resx(
        ("Greeting.Welcome", WelcomeKo),
        ("Order.Shipped", "{customer} 고객님, 주문하신 상품 {count:int}개가 발송되었습니다. 주문 번호: {orderId}"));

    /// <summary>Writes the three Shop phrase files under phrases/.</summary>
    public static void WriteTo(ConsumerProject consumer)
    {
        consumer.WriteFile("phrases/Shop.zh-Hans.resx", ZhHans);
        consumer.WriteFile("phrases/Shop.zh-Hant.resx", ZhHant);
        consumer.WriteFile("phrases/Shop.ko.resx", Ko);
    }

    /// <summary>A program printing the Shop catalog in several cultures and phrases of the standard catalog.</summary>
    public static string Program(string rootNamespace) => $$"""
        using System;
        using PhraseCatalog;
        using PhraseCatalog.Standard;
        using {{rootNamespace}};

        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        foreach (string culture in new[] { "zh-Hans", "zh-TW", "ko-KR", "en-US" })
        {
            string resolved = Shop.Cultures.ResolveName(culture);
            Phrase welcome = Shop.Greeting.Welcome;
            PhraseMessage shipped = Shop.Order.Shipped(customer: "王小明", orderId: "A-1001", count: 3);
            Console.WriteLine($"shop {culture} => {resolved} | {welcome.Text(culture)} | {shipped.Text(culture)}");
        }

        Console.WriteLine("key " + Shop.Order.Shipped(customer: "x", orderId: "y", count: 1).Key);
        Console.WriteLine("tostring " + Shop.Greeting.Welcome);
        Console.WriteLine("standard ko " + CallCenter.Greeting.InboundCall.Text("ko"));
        Console.WriteLine("standard zh-HK " + CallCenter.Complaint.ReplyWithin(hours: 48).Text("zh-HK"));
        Console.WriteLine("standard en-US " + CallCenter.Cultures.ResolveName("en-US"));
        """;
}
