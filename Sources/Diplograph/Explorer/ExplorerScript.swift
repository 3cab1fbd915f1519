/// The explorer's hand-written script: reads the embedded JSON, wires the controls and fills the
/// details panel. It builds the panel with DOM text nodes only (never `innerHTML`), so no text from
/// the network is parsed as HTML, and it makes no request.
enum ExplorerScript {
    static let source = #"""
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('explorer-data').textContent);
          var main = document.getElementById('diagram');
          var svg = main.querySelector('svg');
          var details = document.getElementById('details');
          var search = document.getElementById('search');
          var asOf = document.getElementById('as-of');
          var status = document.getElementById('status');
          var boxes = Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][data-layer]'));
          var entities = {}, sources = {}, layers = {}, layerOrder = {}, nodes = {};
          data.entities.forEach(function (e) { entities[e.id] = e; });
          data.sources.forEach(function (s) { sources[s.id] = s; });
          data.layers.forEach(function (l, i) { layers[l.id] = l; layerOrder[l.id] = i; });
          document.querySelectorAll('[data-entity]').forEach(function (node) { nodes[node.getAttribute('data-entity')] = node; });
          var edges = data.ties.map(function (tie) { return document.getElementById(tie.element); });
          var selected = null, selectedTie = null;

          function make(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined && text !== null) { node.textContent = text; }
            return node;
          }
          function nameOf(id) { return entities[id] ? entities[id].name : id; }
          function titleOf(id) { return sources[id] ? sources[id].title : id; }
          function number(x) { return String(Math.round(x * 100) / 100); }

          // A relation holds on a day when one of its dated claims covers it (always when none is dated).
          function holds(relation, day) {
            if (!day || relation.datings.length === 0) { return true; }
            return relation.datings.some(function (d) {
              return (!d.since || d.since <= day) && (!d.until || day <= d.until);
            });
          }
          function layersOn() {
            var on = {};
            boxes.forEach(function (box) { on[box.getAttribute('data-layer')] = box.checked; });
            return on;
          }
          function shown(relation, on, day) { return on[relation.layer] !== false && holds(relation, day); }

          function update() {
            var on = layersOn(), day = asOf.value, count = 0, touched = {};
            data.ties.forEach(function (tie, i) {
              var visible = tie.relations.some(function (r) { return shown(data.relations[r], on, day); });
              if (edges[i]) { edges[i].classList.toggle('off', !visible); }
              if (visible) { count += 1; touched[tie.from] = true; touched[tie.to] = true; }
            });
            var filtering = Boolean(day) || boxes.some(function (box) { return !box.checked; });
            Object.keys(nodes).forEach(function (id) { nodes[id].classList.toggle('faded', filtering && !touched[id]); });
            status.textContent = count + ' of ' + data.ties.length + ' ties shown' + (day ? ' on ' + day : '');
            if (selected) { showDetails(selected); } else if (selectedTie !== null) { showTie(selectedTie); }
          }

          function markSelection() {
            Object.keys(nodes).forEach(function (id) { nodes[id].classList.toggle('selected', id === selected); });
            data.ties.forEach(function (tie, i) {
              var muted = selected !== null ? tie.from !== selected && tie.to !== selected : selectedTie !== null && i !== selectedTie;
              if (edges[i]) { edges[i].classList.toggle('muted', muted); }
            });
          }

          function citationItem(c) {
            var item = make('li', 'citation');
            item.setAttribute('data-source', c.source);
            item.setAttribute('data-paragraph', String(c.paragraph));
            item.append(make('q', 'evidence', c.evidence), ' — ', make('span', 'source', titleOf(c.source)), ', ¶' + c.paragraph);
            var extra = [];
            if (c.stance !== 'asserts') { extra.push(c.stance); }
            if (c.dating) { extra.push(c.dating); }
            if (c.strength !== undefined && c.strength !== null) { extra.push('strength ' + number(c.strength)); }
            if (extra.length) { item.append(' (' + extra.join(', ') + ')'); }
            if (c.claim) { item.append(make('div', 'claim', c.claim)); }
            return item;
          }

          function disputeText(d) {
            var parts = d.positions.map(function (p) {
              return (p.source ? titleOf(p.source) + ' ¶' + p.paragraph : 'the entity’s own dates') + ': ' + p.says;
            });
            return 'Disputed ' + d.kind.replace('_', ' ') + ' — ' + parts.join('; ');
          }

          function relationItem(r, id, on, day) {
            var other = r.from === id ? r.to : r.from;
            var item = make('li', 'relation');
            item.setAttribute('data-relation', r.id);
            var active = shown(r, on, day);
            if (!active) { item.classList.add('inactive'); }
            var head = make('div', 'rel-head');
            head.append(r.directed ? (r.from === id ? '→ ' : '← ') : '— ');
            var go = make('button', 'goto', nameOf(other));
            go.type = 'button';
            go.setAttribute('data-goto', other);
            go.addEventListener('click', function () { select(other, true); });
            head.append(go);
            item.append(head);
            var facts = make('div', 'facts');
            facts.append(make('span', 'layer-tag', r.layer), ' · strength ' + number(r.strength) + ' · ' + r.dates);
            if (r.tension) { facts.append(' · ', make('span', 'tension', 'tension')); }
            if (!active) { facts.append(' · ' + (on[r.layer] === false ? 'layer hidden' : 'not valid on ' + day)); }
            item.append(facts);
            if (r.disputes.length) {
              var disputes = make('ul', 'disputes');
              r.disputes.forEach(function (d) { disputes.append(make('li', 'dispute', disputeText(d))); });
              item.append(disputes);
            }
            var citations = make('ol', 'citations');
            r.citations.forEach(function (c) { citations.append(citationItem(c)); });
            item.append(citations);
            if (r.note) { item.append(make('p', 'note', 'Note: ' + r.note)); }
            return item;
          }

          // The relations seen from entity `id`, one list per layer in the legend's order, under a
          // heading with the layer's colour and count; a line says how many the filters show.
          function relationSections(relations, id) {
            var on = layersOn(), day = asOf.value;
            var sorted = relations.slice().sort(function (a, b) {
              var byLayer = (layerOrder[a.layer] || 0) - (layerOrder[b.layer] || 0);
              if (byLayer !== 0) { return byLayer; }
              return nameOf(a.from === id ? a.to : a.from).localeCompare(nameOf(b.from === id ? b.to : b.from));
            });
            var active = sorted.filter(function (r) { return shown(r, on, day); }).length;
            var parts = [make('p', 'hint', sorted.length + (sorted.length === 1 ? ' relation' : ' relations') +
              (active < sorted.length ? ' (' + active + ' shown with the current layers and date)' : ''))];
            var current = null, list = null;
            sorted.forEach(function (r) {
              if (current !== r.layer) {
                current = r.layer;
                var count = sorted.filter(function (x) { return x.layer === current; }).length;
                var heading = make('h3', 'layer-heading', current + ' · ' + count);
                heading.style.borderLeftColor = layers[current] ? layers[current].color : '#555555';
                list = make('ol', 'relations');
                parts.push(heading, list);
              }
              list.append(relationItem(r, id, on, day));
            });
            return parts;
          }

          function showDetails(id) {
            var entity = entities[id];
            if (!entity) { return; }
            selected = id;
            selectedTie = null;
            var meta = [entity.kind, entity.id];
            if (entity.aliases.length) { meta.push('also ' + entity.aliases.join(', ')); }
            if (entity.existence) { meta.push('exists ' + entity.existence); }
            var own = data.relations.filter(function (r) { return r.from === id || r.to === id; });
            details.replaceChildren.apply(details,
              [make('h2', 'entity-name', entity.name), make('p', 'entity-meta', meta.join(' · '))]
                .concat(relationSections(own, id)));
            details.removeAttribute('data-tie-shown');
            details.setAttribute('data-entity-shown', id);
            markSelection();
          }

          // A drawn tie: the relations it carries, seen from its tail.
          function showTie(index) {
            var tie = data.ties[index];
            if (!tie) { return; }
            selected = null;
            selectedTie = index;
            var carried = tie.relations.map(function (r) { return data.relations[r]; });
            details.replaceChildren.apply(details,
              [make('h2', 'entity-name', nameOf(tie.from) + ' – ' + nameOf(tie.to))].concat(relationSections(carried, tie.from)));
            details.removeAttribute('data-entity-shown');
            details.setAttribute('data-tie-shown', String(index));
            markSelection();
          }

          function centre(node) {
            var area = main.getBoundingClientRect(), shape = node.getBoundingClientRect();
            main.scrollLeft += shape.left + shape.width / 2 - (area.left + area.width / 2);
            main.scrollTop += shape.top + shape.height / 2 - (area.top + area.height / 2);
          }

          function select(id, focus) {
            showDetails(id);
            var node = nodes[id];
            if (focus && node) {
              node.focus({ preventScroll: true });
              centre(node);
            }
          }

          function folded(text) {
            return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
          }
          function find(query) {
            var q = folded(query);
            if (!q) { return null; }
            var names = data.entities.map(function (e) { return { id: e.id, words: [e.id, e.name].concat(e.aliases).map(folded) }; });
            var tests = [
              function (w) { return w === q; },
              function (w) { return w.indexOf(q) === 0; },
              function (w) { return w.indexOf(q) >= 0; }
            ];
            for (var t = 0; t < tests.length; t += 1) {
              for (var i = 0; i < names.length; i += 1) {
                if (nodes[names[i].id] && names[i].words.some(tests[t])) { return names[i].id; }
              }
            }
            return null;
          }
          function runSearch() {
            var id = find(search.value);
            if (id) {
              select(id, true);
              status.textContent = 'Found ' + nameOf(id);
            } else if (search.value.trim()) {
              status.textContent = 'No entity matches “' + search.value.trim() + '”';
            }
          }

          var scale = 1;
          var box = svg ? svg.viewBox.baseVal : null;
          function zoom(to) {
            if (!svg || !box || !box.width) { return; }
            // Keep the point at the centre of the view where it is.
            var x = (main.scrollLeft + main.clientWidth / 2) / scale, y = (main.scrollTop + main.clientHeight / 2) / scale;
            scale = Math.min(4, Math.max(0.05, to));
            svg.style.width = Math.round(box.width * scale) + 'px';
            svg.style.height = Math.round(box.height * scale) + 'px';
            main.scrollLeft = x * scale - main.clientWidth / 2;
            main.scrollTop = y * scale - main.clientHeight / 2;
          }
          function fit() {
            if (!box || !box.width) { return; }
            zoom(Math.min(main.clientWidth / box.width, main.clientHeight / box.height));
          }

          main.addEventListener('click', function (event) {
            var node = event.target.closest ? event.target.closest('[data-entity]') : null;
            var edge = node || !event.target.closest ? null : event.target.closest('[data-tie]');
            if (node) { select(node.getAttribute('data-entity'), false); }
            if (edge) { showTie(Number(edge.getAttribute('data-tie'))); }
          });
          main.addEventListener('keydown', function (event) {
            var node = event.target.closest ? event.target.closest('[data-entity]') : null;
            if (node && (event.key === 'Enter' || event.key === ' ')) {
              event.preventDefault();
              select(node.getAttribute('data-entity'), false);
            }
          });
          document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && (selected || selectedTie !== null)) {
              // Back to the whole network: every tie at full strength, the panel's hint.
              selected = null;
              selectedTie = null;
              details.removeAttribute('data-entity-shown');
              details.removeAttribute('data-tie-shown');
              details.replaceChildren(make('h2', null, 'Details'), make('p', 'hint', 'Click an entity to list its relations.'));
              markSelection();
            }
          });
          boxes.forEach(function (b) { b.addEventListener('change', update); });
          asOf.addEventListener('input', update);
          asOf.addEventListener('change', update);
          document.getElementById('all-dates').addEventListener('click', function () { asOf.value = ''; update(); });
          search.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') { event.preventDefault(); runSearch(); }
          });
          search.addEventListener('change', runSearch);
          document.getElementById('zoom-in').addEventListener('click', function () { zoom(scale * 1.25); });
          document.getElementById('zoom-out').addEventListener('click', function () { zoom(scale / 1.25); });
          document.getElementById('zoom-fit').addEventListener('click', fit);

          // Start readable (labels near their drawn size) and centred on the entity with the most ties.
          if (box && box.width) { zoom(Math.min(1, Math.max(main.clientWidth / box.width, 0.8))); }
          var degree = {};
          data.ties.forEach(function (tie) {
            degree[tie.from] = (degree[tie.from] || 0) + 1;
            degree[tie.to] = (degree[tie.to] || 0) + 1;
          });
          var hub = Object.keys(nodes).sort(function (a, b) { return (degree[b] || 0) - (degree[a] || 0); })[0];
          if (hub) { centre(nodes[hub]); }
          update();
        }());
        """#
}
