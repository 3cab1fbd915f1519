/// The explorer's style sheet: a diagram beside a panel, stacked in a narrow window.
enum ExplorerStyle {
    static let css = #"""
        *{box-sizing:border-box}
        html,body{height:100%}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f6f7f9;display:flex;flex-direction:column}
        header{background:#1f3a5f;color:#fff;padding:.5em 1.2em}
        header h1{margin:0;font-size:1.25em}
        .summary{margin:.15em 0 0;opacity:.85;font-size:.88em}
        .controls{display:flex;flex-wrap:wrap;gap:.45em 1em;align-items:center;padding:.45em 1.2em;background:#fff;border-bottom:1px solid #dde2e8}
        .controls input{font:inherit;padding:.15em .4em;border:1px solid #b8c2cf;border-radius:4px}
        #search{width:14em}
        button{font:inherit;padding:.15em .6em;border:1px solid #b8c2cf;border-radius:4px;background:#f3f5f8;color:#1d2430;cursor:pointer}
        button:hover{background:#e6ebf1}
        .zoom button{min-width:2.2em}.zoom button+button{margin-left:.25em}
        #status{color:#5b6675;font-size:.88em}
        .layout{flex:1;display:flex;min-height:0}
        main{flex:1;overflow:auto;background:#fff;min-width:0}
        main svg{display:block}
        aside{width:27em;max-width:42%;overflow:auto;border-left:1px solid #dde2e8;background:#fbfcfd;padding:.5em 1em 1em}
        aside h2{font-size:1.05em;margin:.3em 0;color:#1f3a5f}
        #details{outline:none}
        .hint{color:#5b6675;font-size:.9em}
        fieldset{border:1px solid #dde2e8;border-radius:6px;margin:.8em 0;padding:.2em .8em .5em}
        legend{font-weight:600;color:#1f3a5f}
        #layers label{display:flex;align-items:center;gap:.45em;font-size:.9em;margin:.1em 0;cursor:pointer}
        .swatch{display:inline-block;width:1.8em;height:0}
        .count{color:#7b8594;font-size:.85em;margin-left:auto}
        ul.kinds{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.2em .9em;font-size:.9em}
        .chip{display:inline-block;width:.9em;height:.9em;border:1px solid #777;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
        [data-entity]{cursor:pointer}
        [data-entity]:focus{outline:none}
        [data-entity]:focus :is(ellipse,polygon,path){stroke:#d62728;stroke-width:4px}
        [data-entity].selected :is(ellipse,polygon,path){stroke:#1f3a5f;stroke-width:4px}
        g.edge{cursor:pointer}
        g.edge.off{display:none}
        .faded{opacity:.25}
        g.edge.muted{opacity:.12}
        .entity-meta{color:#5b6675;font-size:.88em;margin:.1em 0 .4em}
        ol.relations{padding-left:0;list-style:none;margin:.3em 0}
        li.relation{border-top:1px solid #e3e8ef;padding:.45em 0}
        .rel-head{font-weight:600}
        button.goto{border:none;background:none;color:#1f4f8f;text-decoration:underline;padding:0;font-weight:600}
        h3.layer-heading{font-size:.95em;margin:.9em 0 .1em;padding-left:.4em;border-left:.6em solid #555;color:#2d3b4f}
        .layer-tag{font-weight:600;color:#2d3b4f}
        .facts{color:#44546a;font-size:.87em}
        .tension{color:#c00;font-weight:600}
        li.inactive{opacity:.55}
        ul.disputes{margin:.3em 0;padding-left:1.1em;color:#8a4b08;font-size:.86em}
        ol.citations{margin:.3em 0;padding-left:1.4em;font-size:.86em}
        ol.citations li{margin:.15em 0}
        .evidence{font-style:italic}
        .source{color:#2d4a70}
        .claim,.note{color:#5b6675}
        .note{font-size:.86em;margin:.2em 0}
        @media (max-width:760px){
        body{height:auto;display:block}
        .controls{padding:.45em .8em}
        #search{width:11em}
        .layout{display:block}
        main{height:62vh;border-bottom:1px solid #dde2e8}
        aside{width:auto;max-width:none;border-left:none}
        }
        """#
}
