"""A real ipykernel driven over jupyter_client (or nbclient) with the comm messages of a browser."""
