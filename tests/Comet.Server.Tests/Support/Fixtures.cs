namespace Comet.Server.Tests.Support;

/// <summary>
/// A tiny project: six requirements and eight code files, each requirement written about one file
/// (plus two files no requirement mentions), so that the right links stand out clearly.
/// </summary>
public static class Fixtures
{
    public static readonly (string Id, string Text)[] Requirements =
    [
        ("R1", "The user logs in with a user name and a password; a wrong password is refused."),
        ("R2", "The system prints the monthly sales report for the manager."),
        ("R3", "A customer pays an invoice by credit card; the payment is confirmed by email."),
        ("R4", "The administrator exports the product catalogue to a spreadsheet file."),
        ("R5", "The user searches the product catalogue by keyword and sees matching products."),
        ("R6", "The system sends a reminder email when an invoice is overdue."),
    ];

    public static readonly (string Id, string Text)[] Code =
    [
        ("auth/LoginService.java", "class LoginService { boolean login(String userName, String password) { return checkPassword(userName, password); } }"),
        ("report/MonthlyReportPrinter.java", "class MonthlyReportPrinter { void printMonthlySalesReport(Manager manager) { printer.print(salesReport); } }"),
        ("pay/CardPayment.java", "class CardPayment { void payInvoice(Invoice invoice, CreditCard card) { confirmPaymentByEmail(invoice); } }"),
        ("catalogue/SpreadsheetExporter.java", "class SpreadsheetExporter { void exportCatalogue(ProductCatalogue catalogue, File spreadsheetFile) {} }"),
        ("catalogue/ProductSearch.java", "class ProductSearch { List<Product> searchByKeyword(String keyword) { return catalogue.matchingProducts(keyword); } }"),
        ("mail/OverdueReminder.java", "class OverdueReminder { void sendReminderEmail(Invoice overdueInvoice) {} }"),
        ("util/StringUtils.java", "class StringUtils { static String trim(String s) { return s.strip(); } }"),
        ("util/Clock.java", "class Clock { long now() { return System.nanoTime(); } }"),
    ];

    /// <summary>The upload body of the whole project (sources and targets).</summary>
    public static object Upload() => new
    {
        artifacts = Requirements.Select(r => new { role = "source", id = r.Id, text = r.Text })
            .Concat(Code.Select(c => new { role = "target", id = c.Id, text = c.Text }))
            .ToArray(),
    };

    /// <summary>A one-source, one-target upload, for tests that only need some version.</summary>
    public static object Minimal(string text = "login password") => new
    {
        artifacts = new[]
        {
            new { role = "source", id = "R1", text },
            new { role = "target", id = "Login.java", text = "class Login { void login(String password) {} }" },
        },
    };
}
