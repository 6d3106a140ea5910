from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.serialization_job import SerializationJob


T = TypeVar("T", bound="SerializationJobPage")


@_attrs_define
class SerializationJobPage:
    """One page of jobs.

    Attributes:
        jobs (list[SerializationJob] | None | Unset):
        page_info (None | PageInfo | Unset):
    """

    jobs: list[SerializationJob] | None | Unset = UNSET
    page_info: None | PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.page_info import PageInfo

        jobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.jobs, Unset):
            jobs = UNSET
        elif isinstance(self.jobs, list):
            jobs = []
            for jobs_type_0_item_data in self.jobs:
                jobs_type_0_item = jobs_type_0_item_data.to_dict()
                jobs.append(jobs_type_0_item)

        else:
            jobs = self.jobs

        page_info: dict[str, Any] | None | Unset
        if isinstance(self.page_info, Unset):
            page_info = UNSET
        elif isinstance(self.page_info, PageInfo):
            page_info = self.page_info.to_dict()
        else:
            page_info = self.page_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.serialization_job import SerializationJob

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerializationJobPage: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_jobs = d.pop("jobs", UNSET)
        if _raw_jobs is not UNSET and not (isinstance(_raw_jobs, list) or _raw_jobs is None):
            raise TypeError("SerializationJobPage.jobs: expected array or null, got " + type(_raw_jobs).__name__)

        def _parse_jobs(data: object) -> list[SerializationJob] | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jobs_type_0 = []
                _jobs_type_0 = data
                for jobs_type_0_item_data in _jobs_type_0:
                    jobs_type_0_item = SerializationJob.from_dict(jobs_type_0_item_data)

                    jobs_type_0.append(jobs_type_0_item)

                return jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(list[SerializationJob] | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        jobs = _parse_jobs(_raw_jobs)

        _raw_page_info = d.pop("pageInfo", UNSET)
        if _raw_page_info is not UNSET and not (isinstance(_raw_page_info, Mapping) or _raw_page_info is None):
            raise TypeError(
                "SerializationJobPage.pageInfo: expected object or null, got " + type(_raw_page_info).__name__
            )

        def _parse_page_info(data: object) -> None | PageInfo | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                page_info_type_0 = PageInfo.from_dict(data)

                return page_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(None | PageInfo | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        page_info = _parse_page_info(_raw_page_info)

        serialization_job_page = cls(
            jobs=jobs,
            page_info=page_info,
        )

        serialization_job_page.additional_properties = d
        return serialization_job_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
