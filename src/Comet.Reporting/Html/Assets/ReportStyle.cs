namespace Comet.Reporting.Html.Assets;

/// <summary>The report's stylesheet, inlined into every page (no CDN, no build step).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1d2433; --muted: #5b6476; --line: #d9dee7; --bg: #f5f7fa; --card: #fff;
                --probable: #1a7f37; --unsure: #b7791f; --unlikely: #8c95a6; --review: #6f42c1; --accent: #2457c5; --gold: #ff7f0e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
        header.top { background: #1d2433; color: #fff; padding: 18px 32px; }
        header.top h1 { margin: 0; font-size: 22px; }
        header.top .meta { margin: 4px 0 0; color: #c7cede; font-size: 13px; }
        nav.toc { padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--line); font-size: 13px; }
        nav.toc a { margin-right: 14px; color: var(--accent); text-decoration: none; }
        main { padding: 16px 32px 48px; max-width: 1320px; }
        section.task { margin-bottom: 36px; }
        h2 { font-size: 20px; margin: 18px 0 8px; }
        h3 { font-size: 17px; margin: 22px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h4 { font-size: 15px; margin: 18px 0 6px; }
        .note { color: var(--muted); font-size: 13px; margin: 4px 0; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 130px; }
        .card b { display: block; font-size: 22px; }
        .card span { color: var(--muted); font-size: 12px; }
        .controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
        .controls input[type=search] { padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 240px; }
        .controls select, .controls button, button.sort { padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; font: inherit; }
        button.sort[aria-pressed=true] { background: var(--accent); color: #fff; border-color: var(--accent); }
        .count { color: var(--muted); font-size: 12px; }
        .requirements .list { position: relative; max-height: 560px; overflow: auto; padding-right: 4px; }
        details.req { background: var(--card); border: 1px solid var(--line); border-radius: 6px; margin: 4px 0; }
        details.req > summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 10px; align-items: baseline; }
        details.req[open] > summary { border-bottom: 1px solid var(--line); }
        details.req .body { padding: 6px 12px 10px; }
        .rid { font-weight: 600; min-width: 90px; }
        .rtitle { flex: 1; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .text { white-space: pre-wrap; margin: 4px 0 8px; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; color: #fff; white-space: nowrap; }
        .badge.probable { background: var(--probable); } .badge.unsure { background: var(--unsure); } .badge.unlikely { background: var(--unlikely); } .badge.review { background: var(--review); }
        .badge.gold { background: var(--gold); } .badge.ref { background: #1d2433; } .badge.best { background: var(--accent); }
        table { border-collapse: collapse; background: var(--card); }
        th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #eef1f6; font-weight: 600; font-size: 13px; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.links { width: 100%; font-size: 13px; }
        table.links td.why { color: var(--muted); }
        tr.reference td { background: #f1f1f1; }
        tr.best-ap td.ap, tr.best-map td.map { font-weight: 700; color: var(--accent); }
        .gaps { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        .gaps ul { margin: 4px 0; padding-left: 18px; max-height: 260px; overflow: auto; background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
        .plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; margin-top: 12px; }
        .plots figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px; }
        svg.plot { width: 100%; height: auto; display: block; }
        .matrix { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
        .matrix .scroll { overflow: auto; max-height: 640px; position: relative; }
        .matrix .grid { display: grid; grid-template-columns: max-content max-content; }
        .matrix .collabels { display: flex; align-items: flex-end; height: 170px; }
        .matrix .collabels button { writing-mode: vertical-rl; transform: rotate(180deg); border: 0; background: none; padding: 0; font-size: 11px; cursor: pointer; overflow: hidden; white-space: nowrap; text-align: left; }
        .matrix .rowlabels { display: flex; flex-direction: column; }
        .matrix .rowlabels button { border: 0; background: none; padding: 0 6px 0 0; font-size: 11px; text-align: right; cursor: pointer; white-space: nowrap; overflow: hidden; }
        .matrix button:focus-visible { outline: 2px solid var(--accent); }
        .matrix canvas { image-rendering: pixelated; display: block; cursor: crosshair; }
        .matrix .tip { position: fixed; pointer-events: none; background: #1d2433; color: #fff; padding: 3px 8px; border-radius: 4px; font-size: 12px; display: none; z-index: 10; }
        .legendbar { display: inline-block; width: 160px; height: 10px; vertical-align: middle; background: linear-gradient(to right, #f7fbff, #6baed6, #08306b); border: 1px solid var(--line); }
        .golddot { display: inline-block; width: 8px; height: 8px; background: var(--gold); vertical-align: middle; }
        @media (max-width: 800px) { .gaps { grid-template-columns: 1fr; } main { padding: 12px; } }
        """;
}
