"""The st calls, in process: widgets, layout and forms, data, media and charts, page, caching."""
