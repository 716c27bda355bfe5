using Comet.Measures.FineGrained;
using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class FineGrainedMeasureTests
{
    private const double Precision = 1e-12;

    private const string LongClass = """
        public class Billing {
            /** Refunds the payment of an invoice. */
            public void refundInvoicePayment(Invoice invoice) {
                gateway.refund(invoice.payment());
            }

            public void printWeatherReport(Station station) {
                printer.print(station.temperature(), station.humidity());
            }

            public void archiveCalendarEntries(Calendar calendar) {
                archive.store(calendar.entries(), calendar.owner());
            }

            public void sendNewsletterMail(Subscriber subscriber) {
                mailer.send(subscriber.address(), newsletter.body());
            }
        }
        """;

    private const string DiffuseClass = """
        public class InvoiceClerk {
            private Invoice invoice;
            private Clerk clerk;
        }
        """;

    [Fact]
    public void Compute_Max_SentenceIdenticalToAUnit_GivesCosineOne()
    {
        var matrix = new FineGrainedMeasure(UnitAggregation.Max).Compute(TinyTasks.Context(
            ["Weather station reports temperature. Clerks archive overdue calendar notes."],
            ["Weather station reports temperature. Billing sends invoices every month.", "Calendar entries archive"]));
        Assert.Equal(1.0, matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_Max_RequirementMatchingOneMethodOfALongFile_RanksItAboveAWholeFileMatch()
    {
        // Whole-file cosine prefers the short class that shares "invoice" and "clerk"; the sentence meets
        // the one method of the long class that implements it. (The default top-5 mean would prefer the
        // short class too: its one unit is all it averages, while the long class's best unit is averaged
        // with its unrelated ones.)
        var context = TinyTasks.Context(["The clerk refunds the payment of an invoice."], [LongClass, DiffuseClass, "weather"]);
        var whole = new VsmMeasure().Compute(context);
        var fine = new FineGrainedMeasure(UnitAggregation.Max).Compute(context);
        Assert.True(whole[0, 1] > whole[0, 0]);
        Assert.True(fine[0, 0] > fine[0, 1]);
    }

    [Fact]
    public void Compute_TopKMean_AveragesTheBestCosinesThereAre()
    {
        var context = TinyTasks.Context(["Weather station reports temperature."], ["Weather station reports temperature.", "weather"]);
        var max = new FineGrainedMeasure(UnitAggregation.Max).Compute(context);
        var topFive = new FineGrainedMeasure(UnitAggregation.TopKMean, 5).Compute(context);

        // One sentence against one unit: the mean of the one cosine there is.
        Assert.Equal(max[0, 0], topFive[0, 0], Precision);
        Assert.Equal(1.0, topFive[0, 0], Precision);
    }

    [Fact]
    public void Blocks_JavaClass_GivesOneBlockPerMethodWithItsComment()
    {
        var blocks = TextUnits.Blocks(LongClass);
        Assert.Equal(5, blocks.Count);
        Assert.StartsWith("public class Billing", blocks[0], StringComparison.Ordinal);
        Assert.Contains("Refunds the payment", blocks[0], StringComparison.Ordinal);
        Assert.Contains("refundInvoicePayment", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("public void printWeatherReport", blocks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_Prose_GivesSentences()
    {
        Assert.Equal(
            ["The system shall log in users.", "It shall lock accounts\nafter three failures!", "Done"],
            TextUnits.Blocks("The system shall log in users. It shall lock accounts\nafter three failures! Done"));
    }
}
