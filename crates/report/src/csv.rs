//! CSV, one implementation for the command line (`--format csv`) and the dashboard's
//! downloads: RFC 4180 quoting, a header row of the records' field names in the order they
//! are written, then one row per record.
use std::borrow::Cow;
use std::io::Write;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Serialize;

/// One CSV field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
pub fn csv_field(s: &str) -> Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(s)
    }
}

/// Writes one CSV row.
pub fn csv_row<S: AsRef<str>>(out: &mut impl Write, cells: &[S]) -> std::io::Result<()> {
    let line: Vec<Cow<str>> = cells.iter().map(|c| csv_field(c.as_ref())).collect();
    write!(out, "{}\r\n", line.join(","))
}

/// Writes serialisable records as CSV: the header is the records' field names in declaration
/// order (fields first met in later records are added at the end), each record one row. Null
/// is an empty cell, strings are written as they are, numbers and booleans in JSON form, and
/// lists or objects as JSON text.
pub fn write_csv<T: Serialize>(out: &mut impl Write, rows: &[T]) -> std::io::Result<()> {
    let mut records = Vec::with_capacity(rows.len());
    for r in rows {
        let json = serde_json::to_string(r).map_err(std::io::Error::from)?;
        records.push(serde_json::from_str(&json).map_err(std::io::Error::from)?);
    }
    write_records(out, &records)
}

/// Writes records as CSV (see [`write_csv`] for the layout).
pub fn write_records(out: &mut impl Write, records: &[Record]) -> std::io::Result<()> {
    let mut header: Vec<String> = Vec::new();
    for r in records {
        for (k, _) in &r.0 {
            if !header.contains(k) {
                header.push(k.clone());
            }
        }
    }
    csv_row(out, &header)?;
    for rec in records {
        let cells: Vec<String> = header
            .iter()
            .map(|h| {
                rec.0
                    .iter()
                    .find(|(k, _)| k == h)
                    .map(|(_, v)| csv_value(v))
                    .unwrap_or_default()
            })
            .collect();
        csv_row(out, &cells)?;
    }
    Ok(())
}

fn csv_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A JSON object's fields in the order they were written (`serde_json::Map` sorts them).
#[derive(Debug, Clone, PartialEq)]
pub struct Record(pub Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Record;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Record, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    out.push((k, v));
                }
                Ok(Record(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The records in the array under `key` of a JSON object (such as an API answer
/// `{"count": 2, "quotes": [...]}`), fields in written order; `None` when the key is absent.
pub fn records_under(json: &[u8], key: &str) -> Result<Option<Vec<Record>>, serde_json::Error> {
    struct Under<'a>(&'a str);
    impl<'de> DeserializeSeed<'de> for Under<'_> {
        type Value = Option<Vec<Record>>;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'de> Visitor<'de> for Under<'_> {
        type Value = Option<Vec<Record>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(k) = map.next_key::<String>()? {
                if k == self.0 {
                    found = Some(map.next_value::<Vec<Record>>()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(json);
    Under(key).deserialize(&mut de)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn csv_keeps_field_order_and_writes_null_as_empty() {
        #[derive(Serialize)]
        struct R {
            zed: &'static str,
            alpha: Option<i32>,
            list: Vec<&'static str>,
        }
        let mut out = Vec::new();
        write_csv(
            &mut out,
            &[R {
                zed: "z, z",
                alpha: None,
                list: vec!["x"],
            }],
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "zed,alpha,list\r\n\"z, z\",,\"[\"\"x\"\"]\"\r\n");
    }

    #[test]
    fn records_under_keeps_order_and_finds_the_key() {
        let body = br#"{"count":1,"quotes":[{"z":1,"a":"x"}],"other":[1,2]}"#;
        let rows = records_under(body, "quotes").unwrap().unwrap();
        assert_eq!(rows[0].0[0].0, "z");
        let mut out = Vec::new();
        write_records(&mut out, &rows).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "z,a\r\n1,x\r\n");
        assert!(records_under(body, "nothing").unwrap().is_none());
    }
}
