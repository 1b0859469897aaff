"""Session state: its rules and Streamlit's texts, a model of it (property tests), persistence."""
