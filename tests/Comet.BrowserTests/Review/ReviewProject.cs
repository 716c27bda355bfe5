namespace Comet.BrowserTests.Review;

/// <summary>
/// The tiny project the review tests load: five requirements, each written about one code file,
/// plus files no requirement names. R5's text holds markup, which the page must show as text.
/// </summary>
public static class ReviewProject
{
    public const string Id = "review-demo";

    public const string MarkupRequirement = "R5";

    public static readonly (string Id, string Text)[] Requirements =
    [
        ("R1", "The user logs in with a user name and a password; a wrong password is refused."),
        ("R2", "The system prints the monthly sales report for the manager."),
        ("R3", "A customer pays an invoice by credit card; the payment is confirmed by email."),
        ("R4", "The administrator exports the product catalogue to a spreadsheet file."),
        ("R5", "The reminder <img src=x onerror=alert(1)> email is sent when an invoice is <b>overdue</b>."),
    ];

    public static readonly (string Id, string Text)[] Code =
    [
        ("auth/LoginService.java", "class LoginService {\n  boolean login(String userName, String password) {\n    return checkPassword(userName, password);\n  }\n}"),
        ("report/MonthlyReportPrinter.java", "class MonthlyReportPrinter {\n  void printMonthlySalesReport(Manager manager) { printer.print(salesReport); }\n}"),
        ("pay/CardPayment.java", "class CardPayment {\n  void payInvoice(Invoice invoice, CreditCard card) { confirmPaymentByEmail(invoice); }\n}"),
        ("catalogue/SpreadsheetExporter.java", "class SpreadsheetExporter {\n  void exportCatalogue(ProductCatalogue catalogue, File spreadsheetFile) {}\n}"),
        ("mail/OverdueReminder.java", "class OverdueReminder {\n  void sendReminderEmail(Invoice overdueInvoice) {}\n}"),
        ("util/StringUtils.java", "class StringUtils {\n  static String trim(String s) { return s.strip(); }\n}"),
        ("util/Clock.java", "class Clock {\n  long now() { return System.nanoTime(); }\n}"),
    ];

    public static object Upload() => new
    {
        artifacts = Requirements.Select(r => new { role = "source", id = r.Id, text = r.Text })
            .Concat(Code.Select(c => new { role = "target", id = c.Id, text = c.Text }))
            .ToArray(),
    };
}
