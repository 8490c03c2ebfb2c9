// dmkg web app: reads the address, fetches the page's data from /api and builds the page.
// Every text from the store is put into the page as text (textContent), never as markup.
(function () {
  'use strict';

  const ID = 'https://w3id.org/dmkg/id/';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const main = document.getElementById('main');
  const confSelect = document.getElementById('minConfidence');

  // ---- building blocks -------------------------------------------------------------------------

  /** An element with attributes and children; strings become text nodes. */
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** A date as "17 Oct 2023" (the one format of the app); a month "2023-10" as "Oct 2023". */
  function fmtDate(s) {
    if (!s) return '';
    const m = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
    if (!m) return s;
    const month = MONTHS[Number(m[2]) - 1] || m[2];
    return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
  }

  function dateCell(s) {
    return h('td', {class: 'date'}, s ? h('time', {datetime: s}, fmtDate(s)) : '—');
  }

  function confidence() {
    return new URLSearchParams(location.search).get('minConfidence') || '';
  }

  /** The app's address of a store IRI (person, meeting, country, organization), or null. */
  function pathOf(iri) {
    if (!iri || !iri.startsWith(ID)) return null;
    const [kind, key] = iri.slice(ID.length).split('/');
    const page = {person: 'person', meeting: 'meeting', country: 'country', org: 'organization'}[kind];
    return page && key ? `/${page}/${encodeURIComponent(key)}` : null;
  }

  /** A link within the app, keeping the minimum confidence. */
  function appLink(path, text, attrs) {
    const c = confidence();
    const href = c ? `${path}${path.includes('?') ? '&' : '?'}minConfidence=${encodeURIComponent(c)}` : path;
    return h('a', Object.assign({href}, attrs || {}), text);
  }

  function entityLink(iri, name) {
    const p = pathOf(iri);
    return p ? appLink(p, name || iri) : h('span', {}, name || iri);
  }

  /** A link out of the app: only http(s) addresses, opened without referrer. */
  function outLink(url, text) {
    if (!/^https?:\/\//i.test(url || '')) return h('span', {}, text || '');
    return h('a', {href: url, rel: 'noopener noreferrer external', target: '_blank'}, text || url);
  }

  /** "IRI name" lines, as the queries list people, to [{iri, name}]. */
  function people(lines) {
    return (lines || '').split('\n').filter(Boolean).map(l => {
      const i = l.indexOf(' ');
      return i < 0 ? {iri: l, name: l} : {iri: l.slice(0, i), name: l.slice(i + 1)};
    });
  }

  function joinNodes(nodes, sep) {
    const out = [];
    nodes.forEach((n, i) => { if (i) out.push(sep); out.push(n); });
    return out;
  }

  function empty(text) {
    return h('p', {class: 'empty'}, text);
  }

  function truncatedNote(section, what) {
    return section && section.truncated ? h('p', {class: 'note'}, `Showing the first ${section.rows.length} ${what}; use the SPARQL page for all.`) : null;
  }

  function table(headers, rows, render) {
    return h('div', {class: 'table-wrap'}, h('table', {},
      h('thead', {}, h('tr', {}, headers.map(x => typeof x === 'string' ? h('th', {scope: 'col'}, x) : x))),
      h('tbody', {}, rows.map(render))));
  }

  function num(v) {
    return h('td', {class: 'num'}, v === undefined || v === null || v === '' ? '—' : String(Number(v)));
  }

  function confText(v) {
    return v ? Number(v).toFixed(2) : '—';
  }

  function setPage(title, ...children) {
    document.title = title ? `${title} · dmkg` : 'dmkg';
    main.replaceChildren(...children.flat().filter(Boolean));
  }

  function showError(message) {
    setPage('Error', h('h1', {}, 'Something went wrong'), h('p', {class: 'error', role: 'alert'}, message));
  }

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
    const c = confidence();
    if (c) q.set('minConfidence', c);
    const url = `/api/${path}${q.toString() ? '?' + q : ''}`;
    const started = performance.now();
    const resp = await fetch(url, {headers: {Accept: 'application/json'}});
    let body;
    try { body = await resp.json(); } catch (e) { body = {error: `the server answered ${resp.status}`}; }
    if (!resp.ok) throw new Error(body.error || `the server answered ${resp.status}`);
    const t = document.getElementById('timing');
    if (t) {
      t.textContent = `data in ${body.ms} ms (page ${Math.round(performance.now() - started)} ms)`;
      t.dataset.ms = body.ms;
    }
    return body.sections;
  }

  /** A chart, once the library has loaded; nothing when it is missing. */
  function chart(el, option, onClick) {
    if (!window.echarts) return null;
    const c = window.echarts.init(el, null, {renderer: 'canvas'});
    c.setOption(option);
    if (onClick) c.on('click', onClick);
    window.addEventListener('resize', () => c.resize());
    return c;
  }

  // ---- pages -----------------------------------------------------------------------------------

  async function home() {
    const input = h('input', {type: 'search', id: 'search', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'A person, a country or an organization, e.g. Xi',
      'aria-label': 'Search people, countries and organizations', 'aria-controls': 'results'});
    const results = h('ul', {class: 'results', id: 'results', hidden: true, 'aria-live': 'polite'});
    const figures = h('div', {class: 'figures'});
    const latest = h('div', {});
    setPage('', h('h1', {}, 'Diplomatic meetings in the news'),
      h('p', {class: 'sub'}, 'Type a name to see whom a person met, when and where, and the sentences that say so.'),
      h('div', {class: 'search', role: 'search'}, input, results),
      figures, h('h2', {}, 'Latest meetings'), latest);
    let seq = 0;
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => search(input.value, ++seq), 150);
    });
    input.addEventListener('keydown', e => {
      if (e.key === 'ArrowDown') { const a = results.querySelector('a'); if (a) { a.focus(); e.preventDefault(); } }
      if (e.key === 'Enter') { const a = results.querySelector('a'); if (a) { a.click(); e.preventDefault(); } }
    });
    results.addEventListener('keydown', e => {
      const links = [...results.querySelectorAll('a')];
      const i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i < links.length - 1) { links[i + 1].focus(); e.preventDefault(); }
      if (e.key === 'ArrowUp') { (i > 0 ? links[i - 1] : input).focus(); e.preventDefault(); }
      if (e.key === 'Escape') { input.focus(); }
    });

    async function search(text, mine) {
      text = text.trim();
      if (text.length < 2) { results.hidden = true; results.replaceChildren(); return; }
      let s;
      try { s = await api('search', {q: text}); } catch (e) { results.replaceChildren(h('li', {class: 'error'}, e.message)); results.hidden = false; return; }
      if (mine !== seq) return; // a later keystroke has asked again
      const rows = s.results.rows;
      results.replaceChildren(...(rows.length ? rows.map(r => h('li', {},
        appLink(pathOf(r.entity) || '/', [h('span', {}, r.name || r.entity),
          h('span', {class: 'kind'}, `${r.kind} · ${r.mentions} article${r.mentions === '1' ? '' : 's'}`)]))) : [h('li', {class: 'empty'}, `Nothing in the store is called "${text}". Try another spelling or part of the name.`)]));
      results.hidden = false;
    }

    const s = await api('home');
    const f = s.figures.rows[0] || {};
    const fig = (n, label) => h('div', {class: 'figure'}, h('b', {}, Number(n || 0).toLocaleString('en')), h('span', {}, label));
    figures.replaceChildren(fig(f.articles, 'articles'), fig(f.meetings, 'meetings'), fig(f.people, 'people'),
      h('div', {class: 'figure'}, h('b', {}, f.firstMeeting ? fmtDate(f.firstMeeting) : '—'), h('span', {}, 'first meeting')),
      h('div', {class: 'figure'}, h('b', {}, f.latestMeeting ? fmtDate(f.latestMeeting) : '—'), h('span', {}, 'latest meeting')));
    if (!Number(f.articles)) {
      latest.replaceChildren(empty('The store holds no articles yet. Load some with: dmkg load ARTICLES, then reload this page.'));
      return;
    }
    latest.replaceChildren(meetingTable(s.latest.rows, 'participants',
      'No meeting at this confidence. Choose a lower minimum confidence above.'));
    input.focus();
  }

  function meetingTable(rows, who, emptyText) {
    if (!rows.length) return empty(emptyText);
    return table(['Date', who === 'participants' ? 'Participants' : 'Counterparts', 'Place', 'Kind', 'Status',
      h('th', {scope: 'col', class: 'num hide-narrow'}, 'Confidence')], rows, r => h('tr', {},
      h('td', {class: 'date'}, appLink(pathOf(r.meeting), r.date ? fmtDate(r.date) : 'date unknown')),
      h('td', {}, joinNodes(people(r[who]).map(p => entityLink(p.iri, p.name)), ', ')),
      h('td', {}, [r.place, r.placeCountry && r.placeCountry !== r.place ? r.placeCountry : null].filter(Boolean).join(', ') || '—'),
      h('td', {}, r.kind || ''), h('td', {}, h('span', {class: 'pill'}, r.status || 'unknown')),
      h('td', {class: 'num hide-narrow'}, confText(r.confidence))));
  }

  function sameAsLinks(rows) {
    const seen = new Set();
    const out = [];
    for (const r of rows) {
      const u = r.sameAs;
      if (!u || seen.has(u)) continue;
      seen.add(u);
      const label = u.includes('wikidata.org') ? 'Wikidata' : u.includes('dbpedia.org') ? 'DBpedia'
        : u.includes('geonames.org') ? 'GeoNames' : u;
      out.push(outLink(u, label));
    }
    return out.length ? h('p', {class: 'links'}, out) : null;
  }

  function otherNames(rows) {
    const names = [...new Set(rows.map(r => r.otherName).filter(Boolean))];
    return names.length ? h('p', {class: 'sub'}, `Also written: ${names.join(', ')}`) : null;
  }

  function articleList(section) {
    if (!section.rows.length) return empty('No article mentions this yet.');
    return h('div', {}, table(['Published', 'Headline', 'Outlet'], section.rows, r => h('tr', {},
      dateCell(r.published), h('td', {}, outLink(r.url, r.headline || r.url || r.article)), h('td', {}, r.outlet || '—'))),
      truncatedNote(section, 'articles'));
  }

  async function person(key) {
    const s = await api(`person/${encodeURIComponent(key)}`);
    const e = s.entity.rows[0];
    if (!e) {
      setPage('Not found', h('h1', {}, 'No such person'), empty('The store knows nobody under this address. Search for the name on the start page.'));
      return;
    }
    const countries = h('div', {class: 'chart', role: 'img', 'aria-label': 'Meetings per counterpart country'});
    const ego = h('div', {class: 'network', id: 'ego', role: 'img', 'aria-label': `Ego network of ${e.name}`});
    setPage(e.name, h('h1', {}, e.name), otherNames(s.entity.rows), sameAsLinks(s.entity.rows),
      h('h2', {}, 'Offices'),
      s.offices.rows.length ? table(['Role', 'Country', 'Organization', 'First stated', 'Last stated',
        h('th', {scope: 'col', class: 'num'}, 'Articles')], s.offices.rows, r => h('tr', {},
        h('td', {}, r.role), h('td', {}, r.country ? entityLink(r.country, r.countryName) : '—'),
        h('td', {}, r.organization ? entityLink(r.organization, r.organizationName) : '—'),
        dateCell(r.firstSeen), dateCell(r.lastSeen), num(r.articles)))
        : empty('No office stated for this person at this confidence.'),
      h('h2', {}, `Meetings (${s.meetings.rows.length}${s.meetings.truncated ? '+' : ''})`),
      meetingTable(s.meetings.rows, 'counterparts', 'No meeting recorded for this person at this confidence. Choose a lower minimum confidence above.'),
      truncatedNote(s.meetings, 'meetings, the latest'),
      h('div', {class: 'grid'},
        h('section', {}, h('h2', {}, 'Meetings per counterpart country'),
          s.countries.rows.length ? countries : empty('No counterpart with a known country.'),
          s.countries.rows.length ? h('ul', {}, s.countries.rows.slice(0, 10).map(r =>
            h('li', {}, entityLink(r.country, r.name), ` — ${r.meetings}`))) : null),
        h('section', {}, h('h2', {}, 'Ego network'),
          s.network.rows.length ? ego : empty('Nobody met at this confidence.'),
          h('p', {class: 'note'}, 'Drag to pan, scroll to zoom, click a person to open them.'))),
      h('h2', {}, 'Articles mentioning them'), articleList(s.articles));
    if (s.countries.rows.length) {
      const rows = s.countries.rows.slice(0, 15).reverse();
      chart(countries, {
        grid: {left: 110, right: 20, top: 10, bottom: 30},
        xAxis: {type: 'value', minInterval: 1}, yAxis: {type: 'category', data: rows.map(r => r.name)},
        tooltip: {}, series: [{type: 'bar', data: rows.map(r => Number(r.meetings)), itemStyle: {color: '#1f5fbf'}}]
      }, p => { const r = rows[p.dataIndex]; if (r && pathOf(r.country)) location.href = pathOf(r.country); });
    }
    if (s.network.rows.length) networkChart(ego, s.network.rows, e.entity);
  }

  /** A force-directed network of who met whom; click a person to open them. */
  function networkChart(el, rows, focus) {
    const nodes = new Map();
    const add = (iri, name) => {
      const n = nodes.get(iri) || {id: iri, name: name || iri, value: 0};
      nodes.set(iri, n);
      return n;
    };
    const links = rows.map(r => {
      add(r.source, r.sourceName).value += Number(r.meetings);
      add(r.target, r.targetName).value += Number(r.meetings);
      return {source: r.source, target: r.target, value: Number(r.meetings),
        lineStyle: {width: Math.min(1 + Math.log2(Number(r.meetings)), 8)}};
    });
    const max = Math.max(...[...nodes.values()].map(n => n.value));
    const data = [...nodes.values()].map(n => ({
      id: n.id, name: n.name, value: n.value,
      symbolSize: 8 + 24 * Math.sqrt(n.value / max),
      itemStyle: {color: n.id === focus ? '#d9480f' : '#1f5fbf'},
      label: {show: n.id === focus || n.value >= max / 4 || nodes.size <= 40}
    }));
    return chart(el, {
      tooltip: {formatter: p => p.dataType === 'edge'
        ? `${escapeText(nodes.get(p.data.source).name)} – ${escapeText(nodes.get(p.data.target).name)}: ${p.data.value} meeting(s)`
        : `${escapeText(p.data.name)}: ${p.data.value} meeting(s)`},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, data, links,
        force: {repulsion: 260, edgeLength: [60, 180], gravity: 0.06},
        label: {position: 'right', fontSize: 12}, lineStyle: {color: '#9aa5b5', opacity: 0.8},
        emphasis: {focus: 'adjacency'}
      }]
    }, p => { if (p.dataType === 'node' && pathOf(p.data.id)) location.href = pathOf(p.data.id); });
  }

  /** Text for ECharts tooltips, which take markup: every special character escaped. */
  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  /** Folds a text for matching (case and accents ignored), keeping each folded character's offset. */
  function fold(text) {
    let out = '';
    const at = [];
    for (let i = 0; i < text.length; i++) {
      const f = text[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      for (const ch of f) { out += ch; at.push(i); }
    }
    at.push(text.length);
    return {out, at};
  }

  /** The sentence with the names found in it marked: whole names, else their whole words. */
  function highlighted(sentence, names) {
    const f = fold(sentence);
    const spans = [];
    const find = needle => {
      const n = fold(needle).out.trim();
      if (n.length < 2) return false;
      let found = false;
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}\\p{N}])`, 'gu');
      let m;
      while ((m = re.exec(f.out)) !== null) {
        const start = m.index + m[1].length;
        spans.push([f.at[start], f.at[start + m[2].length - 1] + 1]);
        found = true;
      }
      return found;
    };
    for (const name of names) {
      if (!find(name)) name.split(/[\s-]+/).forEach(w => { if (w.length >= 2) find(w); });
    }
    return withMarks(sentence, spans);
  }

  /** The sentence as text nodes and marks: spans [start, end, role?], the first of overlapping ones kept. */
  function withMarks(sentence, spans) {
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const nodes = [];
    let pos = 0;
    for (const [a, b, role] of spans) {
      if (a < pos) continue;
      const attrs = role ? {class: role, title: MARK_TITLES[role] || role} : {};
      nodes.push(sentence.slice(pos, a), h('mark', attrs, sentence.slice(a, b)));
      pos = b;
    }
    nodes.push(sentence.slice(pos));
    return nodes;
  }

  const MARK_TITLES = {word: 'the words that tell the meeting', participant: 'a participant', place: 'the place'};

  /**
   * The sentence with the words the store marks in it (its NIF phrases: one "BEGIN END ROLE" a line, offsets
   * into the article like the sentence's own) marked by role; marks outside the sentence are left out.
   */
  function marked(sentence, begin, marks) {
    const spans = marks.split('\n').map(l => l.trim().split(' ')).filter(p => p.length === 3)
      .map(([b, e, role]) => [Number(b) - begin, Number(e) - begin, role])
      .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a < b && b <= sentence.length);
    return withMarks(sentence, spans);
  }

  async function meeting(key) {
    const s = await api(`meeting/${encodeURIComponent(key)}`);
    const m = s.meeting.rows[0];
    if (!m) {
      setPage('Not found', h('h1', {}, 'No such meeting'), empty('The store holds no meeting under this address. Find it from a person\'s timeline.'));
      return;
    }
    const names = s.participants.rows.map(p => p.name).filter(Boolean);
    const title = names.length ? `Meeting of ${names.join(', ')}` : 'Meeting';
    const place = [];
    if (m.placeName && m.place !== m.city && m.place !== m.country) place.push(h('span', {}, m.placeName));
    if (m.cityName) place.push(h('span', {}, m.cityName));
    if (m.countryName) place.push(entityLink(m.country, m.countryName));
    const fact = (k, v) => [h('dt', {}, k), h('dd', {}, v)];
    setPage(title, h('h1', {}, title),
      h('dl', {class: 'facts'},
        fact('Date', m.date ? h('time', {datetime: m.date}, fmtDate(m.date)) : 'unknown'),
        fact('Where', place.length ? joinNodes(place, ' → ') : 'unknown'),
        fact('Kind', m.kind), fact('Status', h('span', {class: 'pill'}, m.status || 'unknown')),
        fact('Confidence', confText(m.confidence))),
      h('h2', {}, 'Participants'),
      s.participants.rows.length ? table(['Person', 'Part', 'Office as reported'], s.participants.rows, r => h('tr', {class: 'participant'},
        h('td', {}, entityLink(r.person, r.name)), h('td', {}, r.part),
        h('td', {}, (r.offices || '').split('\n').filter(Boolean).join('; ') || '—'))) : empty('No participant recorded.'),
      h('h2', {}, `Reported by ${s.sources.rows.length ? new Set(s.sources.rows.map(r => r.article)).size : 0} article(s)`),
      sources(s.sources.rows, names.concat(m.placeName ? [m.placeName] : [])),
      h('h2', {}, 'Statements'),
      s.statements.rows.length ? h('ul', {class: 'statements'}, s.statements.rows.map(r => h('li', {},
        r.speaker ? entityLink(r.speaker, r.name) : 'Unknown speaker', ': ', h('q', {}, r.text),
        h('span', {class: 'note'}, ` (confidence ${confText(r.confidence)})`))))
        : empty('No statement recorded at this confidence.'));
  }

  function sources(rows, names) {
    if (!rows.length) return empty('No article recorded for this meeting.');
    const byArticle = new Map();
    for (const r of rows) {
      if (!byArticle.has(r.article)) byArticle.set(r.article, {r, sentences: []});
      if (r.sentence) byArticle.get(r.article).sentences.push(r);
    }
    return h('div', {}, [...byArticle.values()].map(({r, sentences}) => h('article', {class: 'source'},
      h('h3', {}, outLink(r.url, r.headline || 'Untitled article')),
      h('p', {class: 'meta'}, [r.outlet, r.published ? fmtDate(r.published) : null].filter(Boolean).join(' · ') || 'outlet and date unknown'),
      sentences.length ? sentences.map(x => h('div', {},
        // the words the extraction marked, at their offsets; a store loaded before marks were kept: the names
        h('blockquote', {class: 'evidence'}, x.marks && x.begin != null ? marked(x.sentence, Number(x.begin), x.marks)
          : highlighted(x.sentence, names)),
        x.begin ? h('p', {class: 'offsets'}, `Characters ${x.begin}–${x.end} of the article`) : null))
        : h('p', {class: 'note'}, 'No sentence recorded.'))));
  }

  async function country(key) {
    const s = await api(`country/${encodeURIComponent(key)}`);
    const e = s.entity.rows[0];
    if (!e) {
      setPage('Not found', h('h1', {}, 'No such country'), empty('The store knows no country under this address. Search for it on the start page.'));
      return;
    }
    const months = h('div', {class: 'chart', role: 'img', 'aria-label': `Meetings per month of ${e.name}`});
    setPage(e.name, h('h1', {}, e.name), otherNames(s.entity.rows), sameAsLinks(s.entity.rows),
      h('p', {}, appLink(`/network?country=${encodeURIComponent(e.iso2 || e.name)}`, `Network of ${e.name}'s office holders`)),
      h('h2', {}, 'Meetings per month'),
      s.months.rows.length ? months : empty('No meeting of this country\'s office holders at this confidence.'),
      h('div', {class: 'grid'},
        h('section', {}, h('h2', {}, 'Office holders'),
          s.offices.rows.length ? table(['Person', 'Role', 'Last stated', h('th', {scope: 'col', class: 'num'}, 'Articles')], s.offices.rows, r => h('tr', {},
            h('td', {}, entityLink(r.person, r.name)), h('td', {}, r.role), dateCell(r.lastSeen), num(r.articles)))
            : empty('No office of this country stated at this confidence.'), truncatedNote(s.offices, 'office holders')),
        h('section', {}, h('h2', {}, 'Counterpart countries'),
          s.counterparts.rows.length ? table(['Country', h('th', {scope: 'col', class: 'num'}, 'Meetings')], s.counterparts.rows, r => h('tr', {},
            h('td', {}, entityLink(r.other, r.name)), num(r.meetings))) : empty('No counterpart country known.'))),
      h('h2', {}, 'Anniversaries'),
      s.anniversaries.rows.length ? table(['Year', 'Anniversary', h('th', {scope: 'col', class: 'num'}, 'Articles')], s.anniversaries.rows, r => h('tr', {},
        h('td', {}, r.year || '—'), h('td', {}, `${ordinal(r.ordinal)} anniversary of the ${r.event || 'event'}`), num(r.articles)))
        : empty('No anniversary in the articles about this country.'));
    if (s.months.rows.length) {
      const rows = s.months.rows;
      chart(months, {
        grid: {left: 40, right: 20, top: 10, bottom: 40}, tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: rows.map(r => fmtDate(r.month))}, yAxis: {type: 'value', minInterval: 1},
        dataZoom: rows.length > 24 ? [{type: 'inside'}, {type: 'slider', height: 18, bottom: 5}] : [],
        series: [{type: 'bar', data: rows.map(r => Number(r.meetings)), itemStyle: {color: '#1f5fbf'}}]
      });
    }
  }

  function ordinal(n) {
    const v = Number(n);
    const s = v % 100 >= 11 && v % 100 <= 13 ? 'th' : {1: 'st', 2: 'nd', 3: 'rd'}[v % 10] || 'th';
    return `${v}${s}`;
  }

  async function organization(key) {
    const s = await api(`organization/${encodeURIComponent(key)}`);
    const e = s.entity.rows[0];
    if (!e) {
      setPage('Not found', h('h1', {}, 'No such organization'), empty('The store knows no organization under this address.'));
      return;
    }
    setPage(e.name, h('h1', {}, e.name), otherNames(s.entity.rows), sameAsLinks(s.entity.rows),
      h('h2', {}, 'Articles mentioning it'), articleList(s.articles));
  }

  async function network() {
    const params = new URLSearchParams(location.search);
    const filters = ['from', 'to', 'country', 'person'];
    if (!filters.some(f => params.get(f))) {
      // the whole store is too big a picture: start from the last three months of meetings
      const f = (await api('home')).figures.rows[0] || {};
      if (f.latestMeeting) {
        const to = f.latestMeeting;
        const from = new Date(`${to}T00:00:00Z`);
        from.setUTCMonth(from.getUTCMonth() - 3);
        params.set('from', from.toISOString().slice(0, 10));
        params.set('to', to);
        history.replaceState(null, '', `/network?${params}`);
      }
    }
    const field = (name, label, type, placeholder) => h('label', {}, label,
      h('input', {name, type, value: params.get(name) || '', placeholder, id: `filter-${name}`}));
    const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Network filters'},
      field('from', 'From', 'text', 'YYYY-MM-DD'), field('to', 'To', 'text', 'YYYY-MM-DD'),
      field('country', 'Country', 'text', 'name or ISO code'), field('person', 'Person', 'text', 'e.g. Xi'),
      h('button', {type: 'submit'}, 'Show'),
      h('button', {type: 'button', class: 'secondary', onclick: () => { location.href = '/network'; }}, 'Reset'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const q = new URLSearchParams();
      for (const f of filters) { const v = form.elements[f].value.trim(); if (v) q.set(f, v); }
      if (confidence()) q.set('minConfidence', confidence());
      history.pushState(null, '', `/network?${q}`);
      route();
    });
    const graph = h('div', {class: 'network', id: 'network', role: 'img', 'aria-label': 'Network of who met whom'});
    const listing = h('div', {});
    setPage('Network', h('h1', {}, 'Who met whom'),
      h('p', {class: 'sub'}, 'Each line joins two people who met; the thicker, the more often. Drag to pan, scroll to zoom, click a person to open them.'),
      form, graph, listing);
    const s = await api('network', Object.fromEntries(filters.map(f => [f, params.get(f)])));
    const rows = s.edges.rows;
    if (!rows.length) {
      graph.replaceWith(empty('Nobody met under these filters. Widen the dates, clear the country or person, or lower the minimum confidence.'));
      return;
    }
    graph.dataset.edges = rows.length;
    networkChart(graph, rows, null);
    listing.replaceChildren(h('h2', {}, `Most frequent pairs (${rows.length}${s.edges.truncated ? ', the first shown' : ''})`),
      table(['Person', 'Person', h('th', {scope: 'col', class: 'num'}, 'Meetings')], rows.slice(0, 50), r => h('tr', {class: 'edge'},
        h('td', {}, entityLink(r.source, r.sourceName)), h('td', {}, entityLink(r.target, r.targetName)), num(r.meetings))));
  }

  async function anniversaries() {
    const params = new URLSearchParams(location.search);
    let year = params.get('year');
    if (!/^\d{4}$/.test(year || '')) {
      const f = (await api('home')).figures.rows[0] || {};
      year = (f.latestMeeting || new Date().toISOString()).slice(0, 4);
    }
    const input = h('input', {type: 'number', name: 'year', value: year, min: 1000, max: 9999, id: 'year'});
    const form = h('form', {class: 'filters'}, h('label', {}, 'Year', input), h('button', {type: 'submit'}, 'Show'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const q = new URLSearchParams({year: input.value});
      if (confidence()) q.set('minConfidence', confidence());
      history.pushState(null, '', `/anniversaries?${q}`);
      route();
    });
    const list = h('div', {});
    setPage(`Anniversaries ${year}`, h('h1', {}, `Anniversaries marked in ${year}`),
      h('p', {class: 'sub'}, 'Anniversaries the articles mention, by ordinal.'), form, list);
    const s = await api('anniversaries', {year});
    list.replaceChildren(s.anniversaries.rows.length
      ? table([h('th', {scope: 'col', class: 'num'}, 'Ordinal'), 'Event', 'Since', h('th', {scope: 'col', class: 'num'}, 'Articles')], s.anniversaries.rows, r => h('tr', {},
        h('td', {class: 'num'}, ordinal(r.ordinal)), h('td', {}, r.event || '—'), h('td', {}, r.eventYear || '—'), num(r.articles)))
      : empty(`No anniversary marked in ${year}. Try another year.`));
  }

  async function sparql() {
    const resp = await fetch('/api/queries');
    const named = resp.ok ? await resp.json() : [];
    const editor = h('textarea', {class: 'sparql', id: 'sparql-text', spellcheck: 'false', 'aria-label': 'SPARQL query'});
    const picker = h('select', {id: 'named-query', 'aria-label': 'Named queries'},
      h('option', {value: ''}, 'Start from a named query…'), named.map(q => h('option', {value: q.name}, `${q.name} — ${q.title}`)));
    picker.addEventListener('change', () => {
      const q = named.find(x => x.name === picker.value);
      if (q) editor.value = q.text;
      history.replaceState(null, '', picker.value ? `/sparql?query=${encodeURIComponent(picker.value)}` : '/sparql');
    });
    const out = h('div', {id: 'sparql-results', 'aria-live': 'polite'});
    const status = h('span', {class: 'note'});
    const run = h('button', {type: 'button', id: 'run'}, 'Run');
    const csv = h('button', {type: 'button', class: 'secondary'}, 'Download CSV');
    const json = h('button', {type: 'button', class: 'secondary'}, 'Download JSON');
    setPage('SPARQL', h('h1', {}, 'SPARQL'),
      h('p', {class: 'sub'}, 'Query the store directly. Named queries make good starting points; their parameters (?person, ?country…) are left unbound here unless you replace them. Ctrl+Enter runs.'),
      h('div', {class: 'toolbar'}, picker), editor, h('div', {class: 'toolbar'}, run, csv, json, status), out);
    const start = new URLSearchParams(location.search).get('query');
    if (start && named.some(x => x.name === start)) { picker.value = start; editor.value = named.find(x => x.name === start).text; }
    else editor.value = 'PREFIX schema: <https://schema.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\nSELECT ?name (COUNT(?meeting) AS ?meetings)\nWHERE { ?meeting schema:attendee/rdfs:label ?name }\nGROUP BY ?name\nORDER BY DESC(?meetings)\nLIMIT 20';

    async function ask(accept) {
      const resp = await fetch('/dmkg/sparql', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: accept},
        body: new URLSearchParams({query: editor.value})});
      if (!resp.ok) throw new Error((await resp.text()).split('\n').filter(Boolean).slice(0, 3).join(' ') || `the server answered ${resp.status}`);
      return resp;
    }
    async function go() {
      status.textContent = 'Running…';
      const t = performance.now();
      try {
        const resp = await ask('application/sparql-results+json');
        const type = resp.headers.get('Content-Type') || '';
        if (!type.includes('json')) { out.replaceChildren(h('pre', {}, await resp.text())); status.textContent = ''; return; }
        const r = await resp.json();
        if (r.boolean !== undefined) { out.replaceChildren(h('p', {}, `Answer: ${r.boolean}`)); status.textContent = ''; return; }
        const vars = r.head.vars;
        const rows = r.results.bindings;
        const cut = resp.headers.get('X-Dmkg-Truncated');
        status.textContent = `${rows.length} row(s) in ${Math.round(performance.now() - t)} ms${cut ? ' (cut at the server\'s row limit)' : ''}`;
        out.replaceChildren(rows.length ? table(vars, rows.slice(0, 1000), b => h('tr', {}, vars.map(v => {
          const x = b[v];
          if (!x) return h('td', {}, '');
          return h('td', {}, x.type === 'uri' ? (pathOf(x.value) ? appLink(pathOf(x.value), x.value) : outLink(x.value, x.value)) : x.value);
        }))) : empty('No rows. Check the names of the classes and properties, or loosen the patterns.'));
      } catch (e) {
        status.textContent = '';
        out.replaceChildren(h('p', {class: 'error', role: 'alert'}, e.message));
      }
    }
    async function download(accept, ext) {
      try {
        const blob = await (await ask(accept)).blob();
        const a = h('a', {href: URL.createObjectURL(blob), download: `${picker.value || 'query'}.${ext}`});
        document.body.append(a);
        a.click();
        a.remove();
      } catch (e) {
        out.replaceChildren(h('p', {class: 'error', role: 'alert'}, e.message));
      }
    }
    run.addEventListener('click', go);
    csv.addEventListener('click', () => download('text/csv', 'csv'));
    json.addEventListener('click', () => download('application/sparql-results+json', 'json'));
    editor.addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); go(); } });
  }

  // ---- routing ---------------------------------------------------------------------------------

  function markNav() {
    const first = '/' + location.pathname.split('/')[1];
    for (const a of document.querySelectorAll('.top nav a')) {
      if (a.getAttribute('href') === first) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  async function route() {
    const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    confSelect.value = confidence();
    markNav();
    try {
      if (parts.length === 0) await home();
      else if (parts.length === 2 && parts[0] === 'person') await person(parts[1]);
      else if (parts.length === 2 && parts[0] === 'meeting') await meeting(parts[1]);
      else if (parts.length === 2 && parts[0] === 'country') await country(parts[1]);
      else if (parts.length === 2 && parts[0] === 'organization') await organization(parts[1]);
      else if (parts.length === 1 && parts[0] === 'network') await network();
      else if (parts.length === 1 && parts[0] === 'anniversaries') await anniversaries();
      else if (parts.length === 1 && parts[0] === 'sparql') await sparql();
      else setPage('Not found', h('h1', {}, 'No such page'), empty('Start from the search on the first page.'));
      document.body.dataset.ready = 'true';
    } catch (e) {
      showError(e.message);
      document.body.dataset.ready = 'true';
    }
  }

  confSelect.addEventListener('change', () => {
    const q = new URLSearchParams(location.search);
    if (confSelect.value) q.set('minConfidence', confSelect.value); else q.delete('minConfidence');
    history.pushState(null, '', `${location.pathname}${q.toString() ? '?' + q : ''}`);
    route();
  });
  window.addEventListener('popstate', route);
  route();
}());
