import GraphvizRendering
import RelationNetwork

/// The explorer's HTML around the drawing: header, controls, layer switches, the kinds legend, the
/// details panel, the embedded data and the script. Every inserted text is HTML-escaped.
struct ExplorerTemplate {
    let data: ExplorerData
    let network: RelationNetwork
    /// The kinds drawn and their looks, for the kinds legend.
    let kinds: [LegendEntries.Kind]

    /// The whole page around `svg` (already annotated) and `json` (already safe inside a script).
    func page(svg: String, json: String) -> String {
        func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
            "\(count) \(count == 1 ? singular : plural)"
        }
        let summary = "\(counted(network.entities.count, "entity", "entities")) · "
            + "\(counted(network.relations.count, "relation", "relations")) · "
            + counted(network.sources.count, "source", "sources")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <link rel="icon" href="data:,">
            <title>\(escaped(data.title)) — explorer</title>
            <style>
            \(ExplorerStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(escaped(data.title))</h1>
            <p class="summary">\(escaped(summary)). Click an entity (or tab to it and press Enter) for its relations and sources.</p>
            </header>
            <div class="controls" role="search">
            <label>Find <input id="search" type="search" list="entity-names" placeholder="name or alias" autocomplete="off" spellcheck="false"></label>
            <label>As of <input id="as-of" type="date"\(dateBounds)></label>
            <button type="button" id="all-dates">All dates</button>
            <span class="zoom" role="group" aria-label="Zoom"><button type="button" id="zoom-out" aria-label="Zoom out">−</button><button type="button" id="zoom-fit">Fit</button><button type="button" id="zoom-in" aria-label="Zoom in">+</button></span>
            <output id="status" aria-live="polite"></output>
            </div>
            <div class="layout">
            <main id="diagram" aria-label="Relation diagram">
            \(svg)
            </main>
            <aside>
            <section id="details" aria-live="polite" tabindex="-1">
            <h2>Details</h2>
            <p class="hint">Click an entity to list its relations: layer, strength, dates, disputes and every citation. Click a tie for the relations it carries; Escape clears the selection.</p>
            </section>
            <fieldset id="layers">
            <legend>Layers</legend>
            \(layerSwitches)
            </fieldset>
            <section id="kinds">
            <h2>Kinds</h2>
            <ul class="kinds">\(kindLegend)</ul>
            </section>
            </aside>
            </div>
            <datalist id="entity-names">\(entityNames)</datalist>
            <script type="application/json" id="explorer-data">\(json)</script>
            <script>
            \(ExplorerScript.source)
            </script>
            </body>
            </html>

            """
    }

    private var dateBounds: String {
        (data.firstDay.map { " min=\"\(escaped($0))\"" } ?? "") + (data.lastDay.map { " max=\"\(escaped($0))\"" } ?? "")
    }

    /// One checkbox per drawn layer, with its colour and line style and its number of relations.
    private var layerSwitches: String {
        var counts: [String: Int] = [:]
        for relation in data.relations { counts[relation.layer, default: 0] += 1 }
        return data.layers.map { layer in
            let stroke = layer.lineStyle == "dashed" ? "dashed" : layer.lineStyle == "dotted" ? "dotted" : "solid"
            let title = layer.description.map { " title=\"\(escaped($0))\"" } ?? ""
            return "<label\(title)><input type=\"checkbox\" checked data-layer=\"\(escaped(layer.id))\">"
                + "<span class=\"swatch\" style=\"border-top:3px \(stroke) \(escaped(layer.color))\"></span>"
                + "\(escaped(layer.id)) <span class=\"count\">\(counts[layer.id] ?? 0)</span></label>"
        }.joined(separator: "\n")
    }

    /// The fill of each kind drawn.
    private var kindLegend: String {
        kinds.map { entry in
            "<li><span class=\"chip\" style=\"background:\(escaped(entry.style.fill))\"></span>\(escaped(entry.kind.rawValue))</li>"
        }.joined()
    }

    /// Every name and alias, for the search box's suggestions.
    private var entityNames: String {
        network.entities.flatMap { entity in
            ["<option value=\"\(escaped(entity.name))\">\(escaped(entity.id))</option>"]
                + entity.aliases.map { "<option value=\"\(escaped($0))\">\(escaped(entity.name))</option>" }
        }.joined()
    }
}
