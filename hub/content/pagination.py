from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(items, page_number, per_page):
    """A page of ``items``; a page number that is not a number gives the first page and
    one past the end gives the last, so hand-edited URLs never fail."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
