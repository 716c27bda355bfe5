using Comet.Core.Artifacts;
using Comet.Measures.Structure;

namespace Comet.Measures.Tests;

/// <summary>The code graph on small hand-written files of each language it reads.</summary>
public class CodeGraphTests
{
    private static Artifact File(string path, string text) => new(path, ArtifactKind.Source, text, path, "en");

    private static double Weight(CodeGraph graph, int a, int b) =>
        graph.Neighbours(a).Where(n => n.Neighbour == b).Select(n => n.Weight).DefaultIfEmpty(0).Single();

    [Fact]
    public void Java_ImportExtendsAndTypeUse_TieTheFiles()
    {
        var graph = CodeGraph.Build(
        [
            File("src/shop/Cart.java", "package shop;\nimport shop.model.Item;\npublic class Cart extends Basket {\n  private Item first;\n  void add(Item i) { first = i; }\n}"),
            File("src/shop/model/Item.java", "package shop.model;\npublic class Item { int price; }"),
            File("src/shop/Basket.java", "package shop;\npublic abstract class Basket { }"),
            File("src/auth/Login.java", "package auth;\npublic class Login { void check() { } }"),
        ]);
        Assert.Equal(CodeGraph.ImportWeight + CodeGraph.TypeReferenceWeight, Weight(graph, 0, 1), 12);
        Assert.Equal(CodeGraph.InheritanceWeight + CodeGraph.TypeReferenceWeight, Weight(graph, 0, 2), 12);
        Assert.Empty(graph.Neighbours(3));
        Assert.Equal(Weight(graph, 0, 1), Weight(graph, 1, 0));
    }

    [Fact]
    public void CSharp_BaseListAndUsing_TieTheFiles()
    {
        var graph = CodeGraph.Build(
        [
            File("Billing/InvoiceService.cs", "using Billing.Storage;\nnamespace Billing;\npublic sealed class InvoiceService : IInvoiceService\n{\n    public void Send() { }\n}"),
            File("Billing/IInvoiceService.cs", "namespace Billing;\npublic interface IInvoiceService { void Send(); }"),
            File("Billing/Storage/Store.cs", "namespace Billing.Storage;\npublic class Store { }"),
        ]);
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.InheritanceWeight);

        // "using Billing.Storage" names the namespace Store.cs declares.
        Assert.True(Weight(graph, 0, 2) >= CodeGraph.ImportWeight);
    }

    [Fact]
    public void Python_FromImportAndBaseClass_TieTheFiles()
    {
        var graph = CodeGraph.Build(
        [
            File("app/views.py", "from .models import Patient\nimport utils\n\nclass PatientView(BaseView):\n    def get(self):\n        return format_name(Patient())\n"),
            File("app/models.py", "class Patient:\n    pass\n"),
            File("app/utils.py", "def format_name(p):\n    return str(p)\n"),
            File("app/base.py", "class BaseView:\n    pass\n"),
            File("app/other.py", "def unrelated():\n    pass\n"),
        ]);
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.ImportWeight);
        Assert.True(Weight(graph, 0, 2) >= CodeGraph.ImportWeight + CodeGraph.CallWeight);
        Assert.True(Weight(graph, 0, 3) >= CodeGraph.InheritanceWeight);
        Assert.Empty(graph.Neighbours(4));
    }

    [Fact]
    public void JavaScriptAndTypeScript_ImportsAndRequire_TieByFileStem()
    {
        var graph = CodeGraph.Build(
        [
            File("web/cart.ts", "import { total } from './pricing';\nconst db = require('../db');\nexport function checkout() { return total(); }"),
            File("web/pricing.ts", "export function total(): number { return 0; }"),
            File("db.js", "module.exports = {};"),
            File("web/menu.js", "function open() { }"),
        ]);
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.ImportWeight + CodeGraph.CallWeight);
        Assert.True(Weight(graph, 0, 2) >= CodeGraph.ImportWeight);
        Assert.Empty(graph.Neighbours(3));
    }

    [Fact]
    public void C_IncludeAndCall_TieHeaderSourceAndCaller()
    {
        var graph = CodeGraph.Build(
        [
            File("src/est_client.c", "#include \"est.h\"\n#include <stdio.h>\n\nint\nest_client_connect (EST_CTX *ctx)\n{\n    return est_send(ctx);\n}\n"),
            File("src/est.h", "#ifndef EST_H\n#define EST_H\ntypedef struct EstCtx EST_CTX;\nint est_send(EST_CTX *ctx);\n#endif\n"),
            File("src/est.c", "#include \"est.h\"\nint est_send (EST_CTX *ctx)\n{\n    return 0;\n}\n"),
            File("src/log.c", "static void log_line (const char *s)\n{\n}\n"),
        ]);

        // The include of est.h reaches est.h and est.c (same stem); the call reaches est.c, which defines est_send.
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.ImportWeight / 2);
        Assert.True(Weight(graph, 0, 2) > Weight(graph, 0, 1));
        Assert.Empty(graph.Neighbours(3));
    }

    [Fact]
    public void Cpp_PublicBaseClass_TiesTheFiles()
    {
        var graph = CodeGraph.Build(
        [
            File("shape/circle.hpp", "#pragma once\nclass Circle : public Shape {\npublic:\n  double area() const override;\n};"),
            File("shape/shape.hpp", "#pragma once\nclass Shape {\npublic:\n  virtual double area() const = 0;\n};"),
        ]);
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.InheritanceWeight);
    }

    [Fact]
    public void Jsp_PageImportAndInclude_TieToTheClassAndPage()
    {
        var graph = CodeGraph.Build(
        [
            File("web/cart.jsp", "<%@ page import=\"java.util.List, shop.CartBean\" %>\n<%@ include file=\"header.jsp\" %>\n<html></html>"),
            File("src/shop/CartBean.java", "package shop;\npublic class CartBean { }"),
            File("web/header.jsp", "<h1>Shop</h1>"),
        ]);
        Assert.True(Weight(graph, 0, 1) >= CodeGraph.ImportWeight);
        Assert.True(Weight(graph, 0, 2) >= CodeGraph.ImportWeight);
    }

    [Fact]
    public void Prose_WithoutCodeExtensionOrCodeLines_HasNoEdges()
    {
        var graph = CodeGraph.Build(
        [
            File("req/UC1.txt", "The class Patient is opened by the clerk.\nThe clerk uses the class Visit."),
            File("req/UC2.txt", "The class Visit records the patient's visit."),
        ]);
        Assert.Equal(0, graph.CodeFiles);
        Assert.Equal(0, graph.EdgeCount);
    }

    [Fact]
    public void CodeAsTxt_ReadAsCodeByItsLines()
    {
        var graph = CodeGraph.Build(
        [
            File("code/Agenda.txt", "import unisa.Booking;\npublic class Agenda {\n  Booking next;\n}\n"),
            File("code/Booking.txt", "public class Booking {\n  int day;\n}\n"),
        ]);
        Assert.Equal(2, graph.CodeFiles);
        Assert.True(Weight(graph, 0, 1) > 0);
    }

    [Fact]
    public void CommonName_IsSharedOutAmongItsDeclarers()
    {
        // Three files define run(); one calls it: each tie gets a third of a call's weight.
        var graph = CodeGraph.Build(
        [
            File("Main.java", "class Main { void go() { run(); } }"),
            File("A.java", "class A { void run() { } }"),
            File("B.java", "class B { void run() { } }"),
            File("C.java", "class C { void run() { } }"),
        ]);
        Assert.Equal(CodeGraph.CallWeight / 3, Weight(graph, 0, 1), 12);
    }

    [Fact]
    public void LongFile_IsReadInLinearTime()
    {
        // Nested qualifiers and parameter lists that a backtracking pattern would take exponential time on.
        var line = string.Concat(Enumerable.Repeat("unsigned long * const & ", 40)) + "f(a, (b), (c)";
        var text = string.Join('\n', Enumerable.Repeat(line, 2000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var graph = CodeGraph.Build([File("big.c", text), File("other.c", "int g (void)\n{\n}\n")]);
        Assert.Equal(2, graph.CodeFiles);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
