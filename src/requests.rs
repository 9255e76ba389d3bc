//! The texts the de-identification process asks for: the support ticket to
//! make a household anonymous, the merge request, and the organization's
//! tracking-sheet row.
//!
//! Tickets name clients by CMIS Client ID only. A Client ID is the number on
//! the client's dashboard, so anything else (a name, most of all) is refused.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::record::from_json_named;

/// Why a member is taken out of the household, when the case worker chooses
/// to say (the seed: "feel free to share the reason for your request").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The removed member is the DV perpetrator and the reason for the request.
    DvPerpetrator,
}

/// What goes into a de-identification ticket.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct DeidentificationRequest {
    /// The Client ID of the client (the head of household, when there are
    /// several members) whose dashboard the ticket is filed from.
    pub client_id: String,
    /// Client IDs of members to take out of the household.
    pub remove: Vec<String>,
    /// Why they are taken out, if the case worker chooses to say.
    pub remove_reason: Option<RemovalReason>,
    /// Whether the case worker's case notes and assessments are set to editable.
    pub notes_editable: bool,
}

impl DeidentificationRequest {
    /// Read a request from JSON, with errors naming the field.
    pub fn from_json(value: Value) -> Result<DeidentificationRequest, Error> {
        from_json_named(value, "request")
    }
}

/// A support ticket's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ticket {
    /// The ticket's summary line.
    pub summary: String,
    /// The ticket's description.
    pub description: String,
    /// Things the case worker must do that do not go into the ticket.
    pub reminders: Vec<String>,
}

/// Check a Client ID: digits only (1 to 12), surrounding white space ignored.
pub fn check_client_id(id: &str, field: &str) -> Result<String, Error> {
    let t = id.trim();
    if t.is_empty() || t.len() > 12 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid_argument(
            "a Client ID is the number on the client's CMIS dashboard (digits only); never use a name",
        )
        .with_field(field));
    }
    Ok(t.to_string())
}

fn and_list(ids: &[String]) -> String {
    match ids {
        [] => String::new(),
        [one] => format!("Client {one}"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|i| i.to_string()).collect();
            format!("Clients {} and {last}", init.join(", "))
        }
    }
}

/// The ticket text asking CMIS support to make a client and all household
/// members anonymous, and to take members out of the household.
pub fn deidentification_request(req: &DeidentificationRequest) -> Result<Ticket, Error> {
    let id = check_client_id(&req.client_id, "clientId")?;
    let mut remove = Vec::new();
    for (i, r) in req.remove.iter().enumerate() {
        let r = check_client_id(r, &format!("remove[{i}]"))?;
        if r == id {
            return Err(Error::invalid_argument(
                "the client the ticket is about cannot also be removed from their household",
            )
            .with_field(&format!("remove[{i}]")));
        }
        if !remove.contains(&r) {
            remove.push(r);
        }
    }
    let mut d = format!(
        "Please make this client (Client {id}) and all members of their household anonymous."
    );
    if !remove.is_empty() {
        d.push_str(&format!(
            " Also please remove {} from the household",
            and_list(&remove)
        ));
        match req.remove_reason {
            Some(RemovalReason::DvPerpetrator) => d.push_str(
                ", they are the DV perpetrator and the reason this client is being de-identified.",
            ),
            None => d.push('.'),
        }
    }
    if req.notes_editable {
        d.push_str(" My case notes and assessments for these clients are set to editable, so every record that may contain PII can be de-identified.");
    }
    d.push_str(" Thank you!");

    let mut reminders = vec![
        "File this ticket from the client's dashboard (the head of household's, if there are several members).".to_string(),
        "Check the ticket daily until support confirms the client has been made anonymous.".to_string(),
    ];
    if !req.notes_editable {
        reminders.insert(
            0,
            "Set your case notes and assessments for these clients to editable (not read-only) first, so support can remove every bit of PII.".to_string(),
        );
    }
    Ok(Ticket {
        summary: "Please Make Clients Anonymous".to_string(),
        description: d,
        reminders,
    })
}

/// The ticket text asking CMIS support to merge two anonymous client records
/// of the same person.
pub fn merge_request(id_a: &str, id_b: &str) -> Result<Ticket, Error> {
    let a = check_client_id(id_a, "idA")?;
    let b = check_client_id(id_b, "idB")?;
    if a == b {
        return Err(Error::invalid_argument("the two Client IDs are the same").with_field("idB"));
    }
    Ok(Ticket {
        summary: "Please Merge Anonymous Client Records".to_string(),
        description: format!(
            "Please merge Client {a} and Client {b}, including their complete accounts. I confirm that these two client records are the same person. Thank you!"
        ),
        reminders: vec![
            "Check your internal tracking sheet and keep one Client ID for this client after the merge.".to_string(),
        ],
    })
}

/// One row of the organization's internal tracking sheet (kept outside the CMIS).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct TrackingRow {
    /// The client's name, as the organization knows them.
    pub name: String,
    /// The CMIS Client ID.
    pub client_id: String,
    /// When the row was written, `YYYY-MM-DD` (optional).
    pub date: Option<crate::date::Date>,
}

impl TrackingRow {
    /// Read rows from JSON values, with errors naming the row and field.
    pub fn from_json_list(rows: Vec<Value>) -> Result<Vec<TrackingRow>, Error> {
        rows.into_iter()
            .enumerate()
            .map(|(i, r)| from_json_named(r, &format!("rows[{i}]")))
            .collect()
    }
}

/// The tracking sheet rows as CSV (RFC 4180, CRLF, with a header line).
/// Cells that a spreadsheet would run as a formula are prefixed with `'`.
pub fn tracking_sheet_csv(rows: &[TrackingRow]) -> Result<String, Error> {
    let mut out = String::from("Name,CMIS Client ID,Date Recorded\r\n");
    for (i, row) in rows.iter().enumerate() {
        let id = check_client_id(&row.client_id, &format!("rows[{i}].clientId"))?;
        if row.name.trim().is_empty() {
            return Err(
                Error::invalid_argument("the name is empty").with_field(&format!("rows[{i}].name"))
            );
        }
        let date = row.date.map(|d| d.to_string()).unwrap_or_default();
        out.push_str(&format!(
            "{},{},{}\r\n",
            csv_cell(row.name.trim()),
            id,
            date
        ));
    }
    Ok(out)
}

fn csv_cell(s: &str) -> String {
    let mut s = s.replace(['\r', '\n'], " ");
    if s.starts_with(['=', '+', '-', '@', '\t']) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_ticket_text() {
        let t = deidentification_request(&DeidentificationRequest {
            client_id: "82830".into(),
            remove: vec!["82476".into()],
            remove_reason: Some(RemovalReason::DvPerpetrator),
            notes_editable: true,
        })
        .unwrap();
        assert_eq!(t.summary, "Please Make Clients Anonymous");
        assert!(t.description.starts_with(
            "Please make this client (Client 82830) and all members of their household anonymous. Also please remove Client 82476 from the household, they are the DV perpetrator"
        ), "{}", t.description);
        assert!(t.reminders.iter().all(|r| !r.contains("editable")));
    }

    #[test]
    fn names_are_refused_as_ids() {
        for bad in ["Jane Doe", "", "82830a", "1234567890123"] {
            assert!(check_client_id(bad, "clientId").is_err(), "{bad}");
        }
        assert!(merge_request("1", "1").is_err());
        let m = merge_request(" 12 ", "34").unwrap();
        assert!(m.description.contains("Client 12 and Client 34"));
        assert!(m.description.contains("same person"));
    }

    #[test]
    fn csv_escapes() {
        let csv = tracking_sheet_csv(&[
            TrackingRow {
                name: "Doe, \"JD\" Jane".into(),
                client_id: "5".into(),
                date: None,
            },
            TrackingRow {
                name: "=HYPERLINK(1)".into(),
                client_id: "6".into(),
                date: None,
            },
        ])
        .unwrap();
        assert_eq!(
            csv,
            "Name,CMIS Client ID,Date Recorded\r\n\"Doe, \"\"JD\"\" Jane\",5,\r\n'=HYPERLINK(1),6,\r\n"
        );
    }
}
