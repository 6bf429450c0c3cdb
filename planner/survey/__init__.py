"""Survey answers (Net Promoter Score): their import, storage and figures per period."""
