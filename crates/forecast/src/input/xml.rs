//! KTAB's SMP XML scenarios, read with a small tree builder over quick-xml events.
use super::*;

/// Line and column of a byte offset.
pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(0);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

/// A minimal element tree (names, text, children, byte offset) built with quick-xml.
pub(super) struct XmlNode {
    name: String,
    text: String,
    children: Vec<XmlNode>,
    offset: usize,
}

impl XmlNode {
    fn child(&self, n: &str) -> Option<&XmlNode> {
        self.children.iter().find(|c| c.name == n)
    }
    fn all<'a>(&'a self, n: &'a str) -> impl Iterator<Item = &'a XmlNode> + 'a {
        self.children.iter().filter(move |c| c.name == n)
    }
}

pub(super) fn parse_xml_tree(name: &str, text: &str) -> Result<XmlNode, InputError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<XmlNode> = vec![XmlNode {
        name: String::new(),
        text: String::new(),
        children: Vec::new(),
        offset: 0,
    }];
    loop {
        let pos = reader.buffer_position() as usize;
        let ev = reader.read_event().map_err(|e| {
            let (l, c) = line_col(text, reader.error_position() as usize);
            InputError::new(name, Some(l), Some(c), format!("malformed XML: {e}"))
        })?;
        match ev {
            Event::Start(s) => stack.push(XmlNode {
                name: String::from_utf8_lossy(s.local_name().as_ref()).to_string(),
                text: String::new(),
                children: Vec::new(),
                offset: pos,
            }),
            Event::Empty(s) => {
                let node = XmlNode {
                    name: String::from_utf8_lossy(s.local_name().as_ref()).to_string(),
                    text: String::new(),
                    children: Vec::new(),
                    offset: pos,
                };
                if let Some(top) = stack.last_mut() {
                    top.children.push(node);
                }
            }
            Event::Text(t) => {
                let s = t.unescape().map_err(|e| {
                    let (l, c) = line_col(text, pos);
                    InputError::new(name, Some(l), Some(c), format!("bad XML text: {e}"))
                })?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    let (l, c) = line_col(text, pos);
                    return Err(InputError::new(
                        name,
                        Some(l),
                        Some(c),
                        "unbalanced closing tag",
                    ));
                }
                if let Some(node) = stack.pop() {
                    if let Some(top) = stack.last_mut() {
                        top.children.push(node);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        let (l, c) = line_col(text, text.len());
        return Err(InputError::new(
            name,
            Some(l),
            Some(c),
            "unexpected end of file: unclosed element",
        ));
    }
    let mut root = stack.pop().map(|r| r.children).unwrap_or_default();
    if root.len() != 1 {
        return Err(InputError::new(
            name,
            None,
            None,
            "expected exactly one root element",
        ));
    }
    Ok(root.remove(0))
}

pub(super) fn parse_ktab_xml(name: &str, text: &str) -> Result<Stakeholders, InputError> {
    let root = parse_xml_tree(name, text)?;
    let at = |n: &XmlNode| line_col(text, n.offset);
    let err = |n: &XmlNode, msg: String| {
        let (l, c) = at(n);
        InputError::new(name, Some(l), Some(c), msg)
    };
    if root.name != "Scenario" {
        return Err(err(
            &root,
            format!(
                "expected a KTAB <Scenario> root element, found <{}>",
                root.name
            ),
        ));
    }
    let num = |n: &XmlNode, what: &str| -> Result<f64, InputError> {
        let t = n.text.trim();
        if t.is_empty() {
            return Err(err(n, format!("empty <{}> ({what})", n.name)));
        }
        t.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| err(n, format!("<{}> ({what}): '{t}' is not a number", n.name)))
    };
    let dims_node = root
        .child("Dimensions")
        .ok_or_else(|| err(&root, "missing <Dimensions>".into()))?;
    let issues: Vec<IssueScale> = dims_node
        .all("dName")
        .map(|d| IssueScale {
            name: d.text.trim().to_string(),
            lower: 0.0,
            upper: 100.0,
        })
        .collect();
    if issues.is_empty() {
        return Err(err(dims_node, "no <dName> in <Dimensions>".into()));
    }
    let nd = issues.len();
    let actors_node = root
        .child("Actors")
        .ok_or_else(|| err(&root, "missing <Actors>".into()))?;
    let mut actors = Vec::new();
    let mut capability = Vec::new();
    let mut cells = Vec::new();
    for a in actors_node.all("Actor") {
        let aname = a
            .child("name")
            .map(|n| n.text.trim().to_string())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| err(a, "actor without <name>".into()))?;
        let capn = a
            .child("capability")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <capability>")))?;
        let cap = num(capn, "capability")?;
        let pos_node = a
            .child("Position")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <Position>")))?;
        let sal_node = a
            .child("Salience")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <Salience>")))?;
        let pos: Vec<&XmlNode> = pos_node.all("dCoord").collect();
        let sal: Vec<&XmlNode> = sal_node.all("dSal").collect();
        if pos.len() != nd {
            return Err(err(
                pos_node,
                format!(
                    "actor '{aname}': {} coordinates for {nd} dimensions",
                    pos.len()
                ),
            ));
        }
        if sal.len() != nd {
            return Err(err(
                sal_node,
                format!(
                    "actor '{aname}': {} saliences for {nd} dimensions",
                    sal.len()
                ),
            ));
        }
        let mut total = 0.0;
        for d in 0..nd {
            let p = num(pos[d], &format!("coordinate {} of actor '{aname}'", d + 1))?;
            let s = num(sal[d], &format!("salience {} of actor '{aname}'", d + 1))?;
            if !(0.0..=100.0).contains(&p) {
                return Err(err(
                    pos[d],
                    format!("actor '{aname}': coordinate {p} outside [0,100]"),
                ));
            }
            if !(0.0..=100.0).contains(&s) {
                return Err(err(
                    sal[d],
                    format!("actor '{aname}': salience {s} outside [0,100]"),
                ));
            }
            total += s;
            cells.push(Some(Stance {
                position: p,
                salience: s / 100.0,
                capability: cap,
            }));
        }
        if total > 100.0 + 1e-9 {
            return Err(err(
                sal_node,
                format!("actor '{aname}': total salience {total} exceeds 100"),
            ));
        }
        actors.push(aname);
        capability.push(cap);
    }
    if actors.is_empty() {
        return Err(err(actors_node, "no <Actor> elements".into()));
    }
    let mut settings = SmpSettings::default();
    if let Some(mp) = root.child("ModelParameters") {
        for p in &mp.children {
            settings
                .parameters
                .push((p.name.clone(), p.text.trim().to_string()));
        }
    }
    if let Some(s) = root.child("prngSeed") {
        settings.seed = s.text.trim().parse::<u64>().ok();
    }
    if let Some(ia) = root.child("IdealAdjustment") {
        for pair in ia.all("iaPair") {
            let who = |tag: &str| -> Result<usize, InputError> {
                let n = pair
                    .child(tag)
                    .or_else(|| {
                        if tag == "referencePos" {
                            pair.child("referencedPosition")
                        } else {
                            None
                        }
                    })
                    .ok_or_else(|| err(pair, format!("<iaPair> without <{tag}>")))?;
                actors
                    .iter()
                    .position(|a| a == n.text.trim())
                    .ok_or_else(|| err(n, format!("unknown actor '{}'", n.text.trim())))
            };
            let i = who("adjustingIdeal")?;
            let j = who("referencePos")?;
            let rate_node = pair
                .child("adjust")
                .ok_or_else(|| err(pair, "<iaPair> without <adjust>".into()))?;
            let rate = num(rate_node, "adjust")?;
            if !(0.0..=1.0).contains(&rate) {
                return Err(err(rate_node, format!("adjustment {rate} outside [0,1]")));
            }
            settings.ideal_adjustment.push((i, j, rate));
        }
    }
    Ok(Stakeholders {
        title: root.child("name").map(|n| n.text.trim().to_string()),
        actors,
        issues,
        capability,
        cells,
        salience_scale: 100.0,
        smp: Some(settings),
        format: SourceFormat::KtabXml,
    })
}
