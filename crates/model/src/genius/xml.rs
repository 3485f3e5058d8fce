//! A minimal XML element tree for GENIUS files, with byte offsets for error messages.

use std::collections::HashSet;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::MAX_XML_BYTES;
use crate::error::{GeniusError, Location};

/// Deepest element nesting accepted (GENIUS files nest 4–5 levels).
const MAX_DEPTH: usize = 256;
/// Longest attribute value accepted: GENIUS attributes hold numbers, names and short
/// descriptions, so a longer one is a damaged or hostile file (and would cost memory).
pub(super) const MAX_ATTR_BYTES: usize = 64 * 1024;

/// A minimal element tree: enough for GENIUS files, with byte offsets for error messages.
#[derive(Debug, Clone)]
pub(super) struct Element {
    pub(super) name: String,
    pub(super) attrs: Vec<(String, String)>,
    pub(super) children: Vec<Element>,
    pub(super) offset: usize,
}

impl Element {
    pub(super) fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
    pub(super) fn children_named<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = &'a Element> + 'a {
        self.children
            .iter()
            .filter(move |c| c.name.eq_ignore_ascii_case(name))
    }
    pub(super) fn child(&self, name: &str) -> Option<&Element> {
        self.children
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
    /// Every descendant named `name`, depth first, not descending into matches.
    pub(super) fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for c in &self.children {
            if c.name.eq_ignore_ascii_case(name) {
                out.push(c);
            } else {
                c.find_all(name, out);
            }
        }
    }
}

/// One parsed XML file.
pub(super) struct XmlFile {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) root: Element,
}

impl XmlFile {
    pub(super) fn loc(&self, offset: usize) -> Location {
        Location::at_offset(&self.name, &self.text, offset)
    }
    pub(super) fn format_err(&self, offset: usize, message: impl Into<String>) -> GeniusError {
        GeniusError::Format {
            location: self.loc(offset),
            message: message.into(),
        }
    }
}

pub(super) fn parse_xml(name: &str, text: &str) -> Result<Element, GeniusError> {
    let xml_err = |offset: u64, message: String| GeniusError::Xml {
        location: Location::at_offset(name, text, offset as usize),
        message,
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let before = markup_start(text, reader.buffer_position());
        let event = reader
            .read_event()
            .map_err(|e| xml_err(reader.error_position(), e.to_string()))?;
        match event {
            Event::DocType(d) => {
                // quick-xml never expands custom entities, but a DOCTYPE declaring them is a
                // sign of an entity-expansion attack or a file this importer cannot honour.
                let decl = String::from_utf8_lossy(d.as_ref()).to_ascii_uppercase();
                if decl.contains("<!ENTITY") || decl.contains("ENTITY") {
                    return Err(xml_err(
                        before,
                        "DOCTYPE declares entities; refused (GENIUS files do not use them)"
                            .to_string(),
                    ));
                }
            }
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(xml_err(
                        before,
                        format!("elements nest deeper than {MAX_DEPTH}"),
                    ));
                }
                let el = element(&e, before, name, text)?;
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = element(&e, before, name, text)?;
                attach(&mut stack, &mut root, el, name, text)?;
            }
            Event::End(_) => {
                let Some(el) = stack.pop() else {
                    return Err(xml_err(
                        before,
                        "closing tag without opening tag".to_string(),
                    ));
                };
                attach(&mut stack, &mut root, el, name, text)?;
            }
            Event::Eof => break,
            Event::Text(t) => {
                // Entity references in text must be known ones; text content is otherwise unused.
                t.unescape()
                    .map_err(|e| xml_err(before, format!("bad text: {e}")))?;
            }
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(GeniusError::Xml {
            location: Location::at_offset(name, text, open.offset),
            message: format!("element <{}> is never closed", open.name),
        });
    }
    root.ok_or_else(|| GeniusError::Xml {
        location: Location::file_only(name),
        message: "no root element".to_string(),
    })
}

/// The position of the next `<` at or after `pos` (events are reported after trimmed
/// whitespace, so the raw reader position sits before it).
fn markup_start(text: &str, pos: u64) -> u64 {
    let p = (pos as usize).min(text.len());
    match text.as_bytes()[p..].iter().position(|&b| b == b'<') {
        Some(k) => (p + k) as u64,
        None => pos,
    }
}

fn element(
    e: &BytesStart<'_>,
    offset: u64,
    file: &str,
    text: &str,
) -> Result<Element, GeniusError> {
    let err = |message: String| GeniusError::Xml {
        location: Location::at_offset(file, text, offset as usize),
        message,
    };
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    // quick-xml's own duplicate check compares each attribute with every earlier one (quadratic
    // in the attribute count); a hash set does the same check in linear time.
    let mut seen: HashSet<Vec<u8>> = HashSet::new();
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|x| err(format!("bad attribute in <{name}>: {x}")))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        if !seen.insert(a.key.as_ref().to_vec()) {
            return Err(err(format!("attribute `{key}` appears twice in <{name}>")));
        }
        if a.value.len() > MAX_ATTR_BYTES {
            return Err(err(format!(
                "attribute `{key}` of <{name}> is longer than {MAX_ATTR_BYTES} bytes (GENIUS values are short numbers and names)"
            )));
        }
        let value = a
            .unescape_value()
            .map_err(|x| err(format!("bad value of attribute `{key}` in <{name}>: {x}")))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
        offset: offset as usize,
    })
}

fn attach(
    stack: &mut [Element],
    root: &mut Option<Element>,
    el: Element,
    file: &str,
    text: &str,
) -> Result<(), GeniusError> {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(el);
        Ok(())
    } else if root.is_none() {
        *root = Some(el);
        Ok(())
    } else {
        Err(GeniusError::Xml {
            location: Location::at_offset(file, text, el.offset),
            message: "more than one root element".to_string(),
        })
    }
}

pub(super) fn read_file(path: &Path) -> Result<String, GeniusError> {
    let file = path.display().to_string();
    let io = |cause| GeniusError::Io {
        file: file.clone(),
        cause,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_XML_BYTES {
        return Err(GeniusError::Format {
            location: Location::file_only(&file),
            message: format!("file is larger than {MAX_XML_BYTES} bytes"),
        });
    }
    let Some(bytes) = crate::load::read_bounded(path, MAX_XML_BYTES).map_err(io)? else {
        return Err(GeniusError::Format {
            location: Location::file_only(&file),
            message: format!("file is larger than {MAX_XML_BYTES} bytes"),
        });
    };
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
        GeniusError::Xml {
            location: Location::at_offset(&file, valid, offset),
            message: "file is not valid UTF-8".to_string(),
        }
    })
}
